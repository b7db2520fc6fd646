import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
} from 'antd';
import {
  PROFILE_13710,
  STAGE_UNITS,
  type StageUnit,
  type SupervisionProfile,
} from '@jianyan/shared';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { useSupervisionOptions } from '../../api/supervision';
import { Loading } from '../../components/Loading';
import { PageCard } from '../../components/PageCard';
import { useT, type Phrase } from '../../i18n';

interface Values {
  profiles: SupervisionProfile[];
}

type RuleField = 'deploy' | 'progress' | 'settle' | 'settleMajor';

const RULES: { field: RuleField; label: Phrase }[] = [
  { field: 'deploy', label: '研究部署' },
  { field: 'progress', label: '报告进展' },
  { field: 'settle', label: '办结（一般事项）' },
  { field: 'settleMajor', label: '办结（重大复杂事项）' },
];

const UNIT_LABELS: Record<StageUnit, Phrase> = {
  working_days: '工作日',
  calendar_days: '自然日',
  months: '个月',
};

/** The server's limits (supervision.schemas.ts): up to 5 reminders, 0–30 working days before. */
const REMIND_DAYS = Array.from({ length: 31 }, (_, n) => n);
const MAX_PROFILES = 10;

/**
 * "profiles.0.settle.count" → ['profiles', 0, 'settle', 'count']; a reminder's error
 * ("profiles.0.remindWorkingDays.1") belongs to the profile's one reminders field.
 */
const mapField = (apiField: string) => {
  const path = apiField.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return path[2] === 'remindWorkingDays' ? path.slice(0, 3) : path;
};

/** A profile copied, so that editing the form never changes the shipped default. */
const copyOf = (p: SupervisionProfile): SupervisionProfile => structuredClone(p);

/**
 * 督办规则: the body's supervision profiles — how long each stage may take and when to remind. The
 * server keeps the rule an item started under, so changes only reach items assigned afterwards.
 */
export function SupervisionProfilesPage() {
  const t = useT();
  const options = useSupervisionOptions();
  const [form] = Form.useForm<Values>();
  const save = useAction<Values>({
    run: (v) => api.put('/supervision/profiles', v),
    done: '督办规则已保存',
    form,
    mapField,
  });
  if (!options.data) {
    return <Loading />;
  }

  /** Puts the shipped 13710 values back in the form (adding it when the body removed it). */
  const restoreDefault = () => {
    const list = form.getFieldValue('profiles') as SupervisionProfile[];
    const i = list.findIndex((p) => p?.code === PROFILE_13710.code);
    const next = [...list];
    if (i >= 0) {
      next[i] = copyOf(PROFILE_13710);
    } else {
      next.unshift(copyOf(PROFILE_13710));
    }
    form.setFieldsValue({ profiles: next.slice(0, MAX_PROFILES) });
  };

  const rule = (name: number, r: (typeof RULES)[number]) => (
    <Col xs={24} md={12} xl={6} key={r.field}>
      {/* The labelled item shows its two inner fields' errors, the server's ones included. */}
      <Form.Item label={t(r.label)} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name={[name, r.field, 'count']} rules={[{ required: true }]} noStyle>
            <InputNumber
              min={1}
              style={{ width: '50%' }}
              aria-label={t(r.label)}
              data-testid={`rule-${r.field}-count`}
            />
          </Form.Item>
          <Form.Item name={[name, r.field, 'unit']} rules={[{ required: true }]} noStyle>
            <Select
              style={{ width: '50%' }}
              aria-label={t('{stage}的计算单位', { stage: t(r.label) })}
              data-testid={`rule-${r.field}-unit`}
              options={STAGE_UNITS.map((u) => ({ value: u, label: t(UNIT_LABELS[u]) }))}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
    </Col>
  );

  return (
    <PageCard
      title={t('督办规则')}
      subtitle={t('各阶段自交办之日起计算；工作日按本机构工作日历计算')}
      testId="supervision-profiles"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('已交办的督办事项按交办时的规则计算期限；修改只影响此后交办的事项。')}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ profiles: options.data.profiles.map(copyOf) }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.List name="profiles">
          {(fields, { add, remove }) => (
            <Flex vertical gap={16}>
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  data-testid="profile-card"
                  title={
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const p = form.getFieldValue(['profiles', f.name]) as
                          SupervisionProfile | undefined;
                        return p?.name || p?.code || t('新督办规则');
                      }}
                    </Form.Item>
                  }
                  extra={
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      disabled={fields.length <= 1}
                      data-testid="remove-profile"
                    >
                      {t('删除')}
                    </Button>
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[f.name, 'code']}
                        label={t('代码')}
                        rules={[{ required: true }]}
                        extra={t('字母、数字、- 和 _，如 13710')}
                      >
                        <Input maxLength={20} data-testid="profile-code" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16}>
                      <Form.Item
                        name={[f.name, 'name']}
                        label={t('名称')}
                        rules={[{ required: true }]}
                      >
                        <Input maxLength={50} data-testid="profile-name" />
                      </Form.Item>
                    </Col>
                    {RULES.map((r) => rule(f.name, r))}
                    <Col xs={24}>
                      <Form.Item
                        name={[f.name, 'remindWorkingDays']}
                        label={t('到期提醒')}
                        extra={t('在各阶段到期前若干个工作日提醒承办单位，最多 5 次；0 为到期当日')}
                      >
                        <Select
                          mode="multiple"
                          data-testid="profile-reminders"
                          options={REMIND_DAYS.map((n) => ({
                            value: n,
                            label: n === 0 ? t('到期当日') : t('提前 {n} 个工作日', { n }),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Space wrap>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      ...copyOf(PROFILE_13710),
                      code: '',
                      name: '',
                    } satisfies SupervisionProfile)
                  }
                  disabled={fields.length >= MAX_PROFILES}
                  data-testid="add-profile"
                >
                  {t('添加督办规则')}
                </Button>
                <Popconfirm
                  title={t('把13710工作制度恢复为默认时限？保存后生效。')}
                  onConfirm={restoreDefault}
                >
                  <Button icon={<UndoOutlined />} data-testid="restore-13710">
                    {t('恢复13710默认值')}
                  </Button>
                </Popconfirm>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={save.isPending}
                  data-testid="save-profiles"
                >
                  {t('保存督办规则')}
                </Button>
              </Space>
            </Flex>
          )}
        </Form.List>
      </Form>
    </PageCard>
  );
}
