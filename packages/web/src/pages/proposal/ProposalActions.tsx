import {
  AuditOutlined,
  BranchesOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  GlobalOutlined,
  MessageOutlined,
  PhoneOutlined,
  PlayCircleOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import {
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  CATEGORY_AREA_LABELS,
  CATEGORY_AREAS,
  CONTACT_METHODS,
  REJECTION_DESTINATIONS,
  REJECTION_REASONS,
  REJECTION_REASON_LABELS,
  type ContactMethod,
  type ProposalState,
  type RejectionDestination,
  type RejectionReason,
} from '@jianyan/shared';
import { api } from '../../api/client';
import { useCategories, useProposalList } from '../../api/hooks';
import type { ProposalDetail, User } from '../../api/types';
import { ActionModal, ConfirmAction } from '../../components/ActionModal';
import { fmtDateTime, numberText } from '../../components/format';
import { useLabel, useT } from '../../i18n';
import { CONTACT_METHOD_LABELS, REJECTION_DESTINATION_LABELS } from '../../i18n/vocab';
import {
  ASSIGN_DEFAULTS,
  AssignFields,
  assignFieldMapper,
  unitsFromValues,
  type AssignValues,
} from './AssignFields';
import { SuggestedCategory } from './RoutingSuggestions';

/** The category select, grouped by the five areas. */
export function CategorySelect(props: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const label = useLabel();
  const t = useT();
  const categories = useCategories();
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('请选择类别')}
      loading={categories.isLoading}
      options={CATEGORY_AREAS.map((area) => ({
        label: label(CATEGORY_AREA_LABELS[area]),
        title: area,
        options: (categories.data ?? [])
          .filter((c) => c.area === area && c.active)
          .map((c) => ({ value: c.categoryId, label: c.name })),
      })).filter((g) => g.options.length > 0)}
    />
  );
}

const MERGE_TARGETS: ProposalState[] = [
  'registered',
  'assigned',
  'handling',
  'replied',
  'rehandling',
  'closed',
];

/** Picks the registered proposal to merge into, by searching titles. */
function MergeTargetSelect({
  id,
  value,
  onChange,
  exclude,
}: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  exclude: string;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q), 250);
    return () => clearTimeout(h);
  }, [q]);
  const list = useProposalList({
    q: debounced || undefined,
    state: MERGE_TARGETS,
    pageSize: 20,
    sort: 'number_asc',
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('输入标题关键词搜索已立案提案')}
      loading={list.isFetching}
      options={(list.data?.items ?? [])
        .filter((p) => p.proposalId !== exclude)
        .map((p) => ({ value: p.proposalId, label: `${numberText(p.numberLabel)} ${p.title}` }))}
      notFoundContent={t('没有找到')}
    />
  );
}

interface RegisterValues {
  categoryId: string;
  isKey?: boolean;
  comment?: string;
}
interface RejectValues {
  reasonCode: RejectionReason;
  comment: string;
  destination: RejectionDestination;
}
interface ContactValues {
  method: ContactMethod;
  contactedAt: Dayjs;
  summary: string;
}

/**
 * The buttons of the actions this user may take now: exactly the `allowedActions` the server
 * derives from the shared lifecycle table and the user's part in the proposal, plus the recorded
 * steps within a stage (contacts, supervision notes).
 */
export function ProposalActions({ p, user }: { p: ProposalDetail; user: User }) {
  const t = useT();
  const label = useLabel();
  const can = (a: ProposalDetail['allowedActions'][number]) => p.allowedActions.includes(a);
  const id = p.proposalId;
  const v = p.version;
  const isUnit = user.role === 'unit_clerk' || user.role === 'unit_leader';
  const myAssignment = p.assignments.find((a) => a.active && a.unitId === user.unitId);
  const canContact =
    isUnit &&
    Boolean(myAssignment) &&
    ['assigned', 'handling', 'rehandling', 'replied'].includes(p.state);
  const openObjections = p.objections.filter((o) => !o.resolution);
  const buttons = [];

  if (can('submit')) {
    buttons.push(
      <Link key="edit" to={`/proposals/${id}/edit`}>
        <Button icon={<EditOutlined />}>{t('修改草稿')}</Button>
      </Link>,
      <ConfirmAction
        key="submit"
        type="primary"
        icon={<SendOutlined />}
        label="提交提案"
        title="确认提交提案？"
        content={t('提交后不能再修改，未确认的联名邀请将失效。截止时间后提交的作为平时提案。')}
        run={() => api.post(`/proposals/${id}/submit`, {}, { ifMatch: v })}
        done="提案已提交"
        testId="action-submit"
      />,
    );
  }
  if (can('withdraw')) {
    buttons.push(
      <ActionModal<{ reason?: string }>
        key="withdraw"
        label="撤回提案"
        icon={<RollbackOutlined />}
        danger
        intro={t('立案前可以撤回，撤回后提案不再办理。')}
        fields={
          <Form.Item name="reason" label={t('撤回理由')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        }
        run={(x) => api.post(`/proposals/${id}/withdraw`, x, { ifMatch: v })}
        done="提案已撤回"
        testId="action-withdraw"
      />,
    );
  }
  if (can('register')) {
    buttons.push(
      <ActionModal<RegisterValues>
        key="register"
        type="primary"
        label="立案"
        title="立案"
        icon={<AuditOutlined />}
        intro={
          <Typography.Text type="secondary">
            {p.origin === 'interim'
              ? t('立案后系统按平时提案顺序自动编号')
              : t('立案后系统按大会提案顺序自动编号')}
          </Typography.Text>
        }
        initialValues={{ categoryId: p.categoryId ?? undefined, isKey: false }}
        fields={(form) => (
          <>
            <SuggestedCategory
              proposalId={id}
              onPick={(categoryId) => form.setFieldsValue({ categoryId })}
            />
            <Form.Item
              name="categoryId"
              label={t('类别')}
              rules={[{ required: true, message: t('请选择类别') }]}
            >
              <CategorySelect />
            </Form.Item>
            <Form.Item name="isKey" valuePropName="checked">
              <Checkbox>{t('列为重点提案')}</Checkbox>
            </Form.Item>
            <Form.Item name="comment" label={t('审查意见')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        run={(x) =>
          api.post(`/proposals/${id}/register`, { ...x, isKey: Boolean(x.isKey) }, { ifMatch: v })
        }
        done="已立案"
        testId="action-register"
      />,
    );
  }
  if (can('return_for_revision')) {
    buttons.push(
      <ActionModal<{ comment: string }>
        key="return"
        label="退回修改"
        icon={<RollbackOutlined />}
        intro={t('退回后提案回到草稿，提案者修改后可重新提交。')}
        fields={
          <Form.Item
            name="comment"
            label={t('修改意见')}
            rules={[
              { required: true, whitespace: true, message: t('请填写修改意见') },
              { max: 2000 },
            ]}
            extra={t('例如：一件提案涉及两个问题，请按“一事一案”分开提交')}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        }
        run={(x) => api.post(`/proposals/${id}/return`, x, { ifMatch: v })}
        done="已退回修改"
        testId="action-return"
      />,
    );
  }
  if (can('reject')) {
    buttons.push(
      <ActionModal<RejectValues>
        key="reject"
        label="不予立案"
        icon={<StopOutlined />}
        danger
        initialValues={{ destination: 'none' }}
        fields={
          <>
            <Form.Item
              name="reasonCode"
              label={t('不予立案理由')}
              rules={[{ required: true, message: t('请选择理由') }]}
            >
              <Select
                options={REJECTION_REASONS.map((r) => ({
                  value: r,
                  label: label(REJECTION_REASON_LABELS[r]),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="comment"
              label={t('说明')}
              rules={[
                { required: true, whitespace: true, message: t('请填写说明，将告知提案者') },
                { max: 2000 },
              ]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="destination" label={t('去向')}>
              <Radio.Group
                options={REJECTION_DESTINATIONS.map((d) => ({
                  value: d,
                  label: label(REJECTION_DESTINATION_LABELS[d]),
                }))}
              />
            </Form.Item>
          </>
        }
        run={(x) => api.post(`/proposals/${id}/reject`, x, { ifMatch: v })}
        done="已作不予立案处理"
        testId="action-reject"
      />,
    );
  }
  if (can('merge')) {
    buttons.push(
      <ActionModal<{ intoProposalId: string; comment?: string }>
        key="merge"
        label="并案"
        icon={<BranchesOutlined />}
        intro={t('内容相同或相近的提案并入已立案的提案办理，两件提案的提案者都能看到办理结果。')}
        fields={
          <>
            <Form.Item
              name="intoProposalId"
              label={t('并入提案')}
              rules={[{ required: true, message: t('请选择并入的提案') }]}
            >
              <MergeTargetSelect exclude={id} />
            </Form.Item>
            <Form.Item name="comment" label={t('说明')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        }
        run={(x) => api.post(`/proposals/${id}/merge`, x, { ifMatch: v })}
        done="已并案"
        testId="action-merge"
      />,
    );
  }
  if (can('assign')) {
    buttons.push(
      <ActionModal<AssignValues>
        key="assign"
        type="primary"
        label="交办"
        title="交办承办单位"
        icon={<SendOutlined />}
        width={640}
        initialValues={ASSIGN_DEFAULTS}
        fields={(form) => <AssignFields form={form} proposalId={id} />}
        mapField={assignFieldMapper}
        run={(x) =>
          api.post(`/proposals/${id}/assign`, { units: unitsFromValues(x) }, { ifMatch: v })
        }
        done="已交办"
        testId="action-assign"
      />,
    );
  }
  if (can('resolve_objection')) {
    for (const o of openObjections) {
      buttons.push(
        <ActionModal<AssignValues & { resolution: 'upheld' | 'rerouted'; note?: string }>
          key={`resolve-${o.objectionId}`}
          type="primary"
          label="处理异议"
          title="处理承办单位异议"
          icon={<ExclamationCircleOutlined />}
          width={640}
          initialValues={{ ...ASSIGN_DEFAULTS, resolution: 'upheld' }}
          intro={
            <div style={{ background: '#fffbe6', padding: 12, borderRadius: 6 }}>
              <b>{o.unitName}</b>：{o.reason}
              {o.suggestedUnitName && (
                <div>
                  {t('建议改由：')}
                  {o.suggestedUnitName}
                </div>
              )}
            </div>
          }
          fields={(form) => <ResolveFields form={form} />}
          mapField={(f, x) => (f.startsWith('units') ? assignFieldMapper(f, x) : f.split('.')[0])}
          run={(x) =>
            api.post(`/proposals/${id}/objections/${o.objectionId}/resolve`, {
              resolution: x.resolution,
              note: x.note || undefined,
              units: x.resolution === 'rerouted' ? unitsFromValues(x) : undefined,
            })
          }
          done="异议已处理"
          testId="action-resolve"
        />,
      );
    }
  }
  const objectionOpen =
    !myAssignment?.objectionDueAt || Date.parse(myAssignment.objectionDueAt) > Date.now();
  if (can('object') && objectionOpen) {
    buttons.push(
      <ActionModal<{ reason: string; suggestedUnitName?: string }>
        key="object"
        label="提出异议"
        icon={<ExclamationCircleOutlined />}
        intro={
          myAssignment?.objectionDueAt
            ? t('异议期至 {date}，逾期视为接受交办。', {
                date: fmtDateTime(myAssignment.objectionDueAt),
              })
            : undefined
        }
        fields={
          <>
            <Form.Item
              name="reason"
              label={t('异议理由')}
              rules={[
                { required: true, whitespace: true, message: t('请说明不属于本单位职责的理由') },
                { max: 2000 },
              ]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="suggestedUnitName" label={t('建议承办单位')} rules={[{ max: 100 }]}>
              <Input />
            </Form.Item>
          </>
        }
        run={(x) => api.post(`/proposals/${id}/objections`, x)}
        done="异议已提交"
        testId="action-object"
      />,
    );
  }
  if (can('start')) {
    buttons.push(
      <ConfirmAction
        key="start"
        type="primary"
        icon={<PlayCircleOutlined />}
        label="签收办理"
        title="签收并开始办理？"
        content={t('签收后请及时与提案者沟通，并在答复期限内答复。')}
        run={() => api.post(`/proposals/${id}/start`)}
        done="已签收，开始办理"
        testId="action-start"
      />,
    );
  }
  if (canContact) {
    buttons.push(
      <ActionModal<ContactValues>
        key="contact"
        label="记录沟通"
        icon={<PhoneOutlined />}
        title="记录与提案者的沟通"
        initialValues={{ method: 'phone', contactedAt: dayjs() }}
        fields={
          <>
            <Form.Item name="method" label={t('沟通方式')} rules={[{ required: true }]}>
              <Radio.Group
                options={CONTACT_METHODS.map((m) => ({
                  value: m,
                  label: label(CONTACT_METHOD_LABELS[m]),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="contactedAt"
              label={t('沟通时间')}
              rules={[{ required: true, message: t('请选择时间') }]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
            <Form.Item
              name="summary"
              label={t('沟通情况')}
              rules={[
                { required: true, whitespace: true, message: t('请填写沟通情况') },
                { max: 5000 },
              ]}
            >
              <Input.TextArea rows={4} placeholder={t('沟通对象、主要内容、提案者的意见')} />
            </Form.Item>
          </>
        }
        run={(x) =>
          api.post(`/proposals/${id}/contacts`, {
            method: x.method,
            contactedAt: x.contactedAt.toISOString(),
            summary: x.summary,
          })
        }
        done="沟通记录已保存"
        testId="action-contact"
      />,
    );
  }
  if (can('co_unit_opinion')) {
    buttons.push(
      <ActionModal<{ text: string }>
        key="opinion"
        type="primary"
        label="提交会办意见"
        icon={<MessageOutlined />}
        intro={t('会办意见送主办单位，请在答复期限前及早提交。')}
        fields={
          <Form.Item
            name="text"
            label={t('会办意见')}
            rules={[{ required: true, whitespace: true, message: t('请填写会办意见') }]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
        }
        run={(x) => api.post(`/proposals/${id}/co-unit-opinions`, x)}
        done="会办意见已提交"
        testId="action-opinion"
      />,
    );
  }
  if (can('publish') && !p.publishedAt) {
    buttons.push(
      <ConfirmAction
        key="publish"
        type="primary"
        icon={<GlobalOutlined />}
        label="公开"
        title="在门户网站公开该提案及答复？"
        content={t('将公开提案正文和已签发的答复（不公开的答复除外）。')}
        run={() => api.post(`/proposals/${id}/publish`)}
        done="已公开"
        testId="action-publish"
      />,
    );
  }
  if (user.role === 'leader' || user.role === 'staff') {
    buttons.push(
      <ActionModal<{ text: string }>
        key="note"
        label="督办意见"
        icon={<EditOutlined />}
        title="填写督办意见"
        fields={
          <Form.Item
            name="text"
            label={t('督办意见')}
            rules={[{ required: true, whitespace: true, message: t('请填写督办意见') }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        }
        run={(x) => api.post(`/proposals/${id}/supervision-notes`, x)}
        done="督办意见已保存"
        testId="action-note"
      />,
    );
  }
  if (buttons.length === 0) {
    return null;
  }
  return (
    <Flex wrap gap={8} data-testid="actions">
      {buttons}
    </Flex>
  );
}

function ResolveFields({ form }: { form: FormInstance }) {
  const t = useT();
  const resolution = Form.useWatch('resolution', form) as 'upheld' | 'rerouted' | undefined;
  return (
    <>
      <Form.Item name="resolution" label={t('处理结果')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'upheld', label: t('维持交办') },
            { value: 'rerouted', label: t('改办') },
          ]}
        />
      </Form.Item>
      {resolution === 'rerouted' && <AssignFields form={form} />}
      <Form.Item name="note" label={t('说明')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
