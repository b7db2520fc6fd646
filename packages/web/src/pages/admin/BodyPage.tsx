import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { DEFAULT_REPLY_CLASSES, VERDICT_LABELS, type BodyKind } from '@jianyan/shared';
import { api } from '../../api/client';
import { useAction, useBody, useDeadlinePolicy, usePublicBodies } from '../../api/hooks';
import type { BodySettings, FeedbackDefault } from '../../api/types';
import { fmtDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageCard } from '../../components/PageCard';
import { useLabel, useT } from '../../i18n';
import { BODY_LEVEL_LABELS } from '../../i18n/vocab';

const KIND_LABELS = {
  cppcc: { zh: '政协', en: 'CPPCC committee' },
  npc: { zh: '人大', en: 'People’s congress' },
} satisfies Record<BodyKind, { zh: string; en: string }>;

interface Values {
  replyMonths?: number;
  rehandlingMonths?: number;
  objectionWindowDays?: number;
  coOpinionMonths?: number;
  maxReplyMonths?: number;
  feedbackWorkingDays?: number;
  feedbackDefault?: FeedbackDefault;
  replyClasses: { code: string; zh: string; en: string }[];
}

/** The body and its rules: deadlines and reply classes are data a body configures, not code. */
export function BodyPage() {
  const t = useT();
  const label = useLabel();
  const body = useBody();
  const bodies = usePublicBodies();
  const policy = useDeadlinePolicy();
  const [form] = Form.useForm<Values>();
  const save = useAction<Values>({
    run: (v) => api.patch('/body/settings', v satisfies BodySettings),
    done: '设置已保存',
    form,
    mapField: (f) => {
      const [head = f, i, k] = f.split('.');
      return head === 'replyClasses' && i !== undefined && k ? [head, Number(i), k] : head;
    },
  });
  if (!body.data || !policy.data) {
    return <Loading />;
  }
  const b = body.data;
  const s = b.settings;
  // The rules in force, with this kind of body's defaults where the body set nothing.
  const p = policy.data.policy;
  const months = (name: keyof Values, text: string, max: number) => (
    <Col xs={24} md={8} key={name}>
      <Form.Item name={name} label={text} rules={[{ type: 'number', min: 1, max }]}>
        <InputNumber min={1} max={max} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Flex vertical gap={16}>
      <PageCard
        title={t('机构设置')}
        subtitle={t('本机构的基本信息和办理规则')}
        testId="admin-body"
      >
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'name', label: t('名称'), children: b.name },
            { key: 'code', label: t('代码'), children: b.code },
            {
              key: 'kind',
              label: t('类型'),
              children: `${label(KIND_LABELS[b.kind])} · ${label(BODY_LEVEL_LABELS[b.level])}`,
            },
            { key: 'region', label: t('地区'), children: b.region },
            { key: 'created', label: t('启用时间'), children: fmtDateTime(b.createdAt) },
            {
              key: 'others',
              label: t('平台上的机构'),
              children: (bodies.data ?? []).map((x) => x.name).join('、'),
            },
          ]}
        />
      </PageCard>
      <Card title={t('办理规则')}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            replyMonths: p.replyMonths,
            rehandlingMonths: p.rehandlingMonths,
            objectionWindowDays: p.objectionWindowWorkingDays,
            coOpinionMonths: p.coOpinionMonths,
            maxReplyMonths: p.maxReplyMonths,
            feedbackWorkingDays: p.feedbackWorkingDays,
            feedbackDefault: p.feedbackDefault,
            replyClasses:
              s.replyClasses ??
              DEFAULT_REPLY_CLASSES.map((c) => ({ code: c.code, zh: c.label.zh, en: c.label.en })),
          }}
          onFinish={(v) => save.mutate(v)}
        >
          <Row gutter={16}>
            {months('objectionWindowDays', t('异议期（工作日）'), 60)}
            {months('coOpinionMonths', t('会办意见期限（交办后月数）'), 6)}
            {months('replyMonths', t('答复期限（交办后月数）'), 6)}
            {months('maxReplyMonths', t('延期后最长期限（交办后月数）'), 12)}
            {months('feedbackWorkingDays', t('反馈期限（工作日）'), 60)}
            {months('rehandlingMonths', t('重新办理期限（月）'), 6)}
            <Col xs={24} md={8}>
              <Form.Item name="feedbackDefault" label={t('逾期未反馈视为')}>
                <Select
                  options={[
                    { value: 'satisfied', label: label(VERDICT_LABELS.satisfied) },
                    {
                      value: 'mostly_satisfied',
                      label: label(VERDICT_LABELS.mostly_satisfied),
                    },
                    { value: 'none', label: t('不作处理') },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          <p style={{ marginTop: 0 }}>
            {t('修改只影响此后开始计算的期限；已在计算中的期限按原规则执行。')}
          </p>
          <Form.Item
            label={t('答复类别')}
            extra={t('默认四类（A–D），部分地方使用三类；2 至 6 类')}
          >
            <Form.List name="replyClasses">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="start" wrap>
                      <Form.Item
                        name={[f.name, 'code']}
                        rules={[{ required: true, max: 5 }]}
                        noStyle
                      >
                        <Input placeholder={t('代码')} style={{ width: 70 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'zh']} rules={[{ required: true }]} noStyle>
                        <Input placeholder={t('中文名称')} style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'en']} rules={[{ required: true }]} noStyle>
                        <Input placeholder={t('英文名称')} style={{ width: 260 }} />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        disabled={fields.length <= 2}
                        aria-label={t('删除')}
                      />
                    </Flex>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add()}
                    disabled={fields.length >= 6}
                    style={{ width: 160 }}
                  >
                    {t('添加类别')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('保存设置')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
