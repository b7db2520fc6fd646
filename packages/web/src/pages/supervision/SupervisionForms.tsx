import { Form, Input, Select, Switch } from 'antd';
import { PlusOutlined, StarOutlined } from '@ant-design/icons';
import { useProposalList } from '../../api/hooks';
import { supervisionApi, useSupervisionOptions } from '../../api/supervision';
import { ActionModal } from '../../components/ActionModal';
import { numberText } from '../../components/format';
import { useT } from '../../i18n';

interface SuperviseValues {
  profileCode: string;
  major?: boolean;
  leaderUserId?: string;
}

/** The fields every supervised item has: its profile, whether it is major, its leader. */
function ProfileFields() {
  const t = useT();
  const options = useSupervisionOptions();
  if (!options.data) {
    return null;
  }
  return (
    <>
      {/* Mounted once the profiles are there, so the body's first one is preselected (also after a reset). */}
      <Form.Item
        name="profileCode"
        label={t('督办规则')}
        rules={[{ required: true }]}
        initialValue={options.data.profiles[0]?.code}
      >
        <Select
          data-testid="profile-select"
          options={options.data.profiles.map((p) => ({ value: p.code, label: p.name }))}
        />
      </Form.Item>
      <Form.Item
        name="major"
        label={t('重大复杂事项')}
        valuePropName="checked"
        extra={t('重大复杂事项按较长时限办结，或明确时间表')}
      >
        <Switch data-testid="major-switch" />
      </Form.Item>
      <Form.Item name="leaderUserId" label={t('督办领导')}>
        <Select
          allowClear
          data-testid="leader-select"
          options={options.data.leaders.map((l) => ({
            value: l.userId,
            label: l.displayName,
          }))}
        />
      </Form.Item>
    </>
  );
}

const DEFAULTS = { major: false };

/** 新建督办事项: a task of the office's own, assigned to units under a profile. */
export function NewTaskAction() {
  const t = useT();
  const options = useSupervisionOptions();
  return (
    <ActionModal<SuperviseValues & { title: string; description?: string; unitIds: string[] }>
      label="新建督办事项"
      type="primary"
      icon={<PlusOutlined />}
      testId="new-task"
      formName="new-task"
      initialValues={DEFAULTS}
      fields={
        <>
          <Form.Item name="title" label={t('事项名称')} rules={[{ required: true }]}>
            <Input data-testid="task-title" />
          </Form.Item>
          <Form.Item name="description" label={t('说明')}>
            <Input.TextArea rows={3} data-testid="task-description" />
          </Form.Item>
          <Form.Item name="unitIds" label={t('承办单位')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              data-testid="task-units"
              optionFilterProp="label"
              options={(options.data?.units ?? []).map((u) => ({
                value: u.unitId,
                label: u.name,
              }))}
            />
          </Form.Item>
          <ProfileFields />
        </>
      }
      run={(v) =>
        supervisionApi.createTask({
          ...v,
          description: v.description ?? '',
          major: Boolean(v.major),
          leaderUserId: v.leaderUserId ?? null,
        })
      }
      done="督办事项已交办"
    />
  );
}

/** Puts a key proposal in handling under a profile, with its supervising leader. */
export function SuperviseProposalAction() {
  const t = useT();
  const keyProposals = useProposalList({ isKey: 'true', pageSize: 100 });
  const running = (keyProposals.data?.items ?? []).filter((p) =>
    ['assigned', 'handling', 'rehandling'].includes(p.state),
  );
  return (
    <ActionModal<SuperviseValues & { proposalId: string }>
      label="重点提案督办"
      icon={<StarOutlined />}
      testId="supervise-proposal"
      formName="supervise-proposal"
      intro={t('选择办理中的重点提案，按督办规则计算各阶段时限')}
      initialValues={DEFAULTS}
      fields={
        <>
          <Form.Item name="proposalId" label={t('重点提案')} rules={[{ required: true }]}>
            <Select
              data-testid="key-proposal-select"
              showSearch
              optionFilterProp="label"
              options={running.map((p) => ({
                value: p.proposalId,
                label: `${numberText(p.numberLabel)} ${p.title}`,
              }))}
            />
          </Form.Item>
          <ProfileFields />
        </>
      }
      run={({ proposalId, ...v }) =>
        supervisionApi.superviseProposal(proposalId, {
          ...v,
          major: Boolean(v.major),
          leaderUserId: v.leaderUserId ?? null,
        })
      }
      done="重点提案已纳入督办"
    />
  );
}
