import { Alert, App, Button, Card, Form, Input, Radio } from 'antd';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '@jianyan/shared';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import type { ProposalDetail } from '../../api/types';
import { useLabel, useT } from '../../i18n';

interface Values {
  verdict: Verdict;
  comment?: string;
}

/** The proposer's verdict on the reply: 满意 / 基本满意 close it, 不满意 sends it back to the unit. */
export function FeedbackPanel({ p }: { p: ProposalDetail }) {
  const t = useT();
  const label = useLabel();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const verdict = Form.useWatch('verdict', form);
  const give = useAction<Values>({
    run: (v) =>
      api.post(`/proposals/${p.proposalId}/feedback`, {
        verdict: v.verdict,
        comment: v.comment?.trim() || undefined,
      }),
    done: '评价已提交',
    form,
  });
  return (
    <Card
      title={t('办理结果评价')}
      data-testid="feedback-panel"
      styles={{ header: { background: '#fff7e6' } }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('承办单位已答复，请阅读答复后作出评价')}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          modal.confirm({
            title: t('提交评价：{v}？', { v: label(VERDICT_LABELS[v.verdict]) }),
            content:
              v.verdict === 'dissatisfied'
                ? t('不满意的提案将由承办单位重新办理并再次答复。')
                : t('评价后提案办结。'),
            okText: t('提交评价'),
            cancelText: t('取消'),
            onOk: () => give.mutateAsync(v).catch(() => undefined),
          });
        }}
      >
        <Form.Item
          name="verdict"
          label={t('评价')}
          rules={[{ required: true, message: t('请选择评价') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={VERDICTS.map((x) => ({ value: x, label: label(VERDICT_LABELS[x]) }))}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('意见')}
          rules={[{ max: 5000 }]}
          extra={
            verdict === 'dissatisfied' ? t('请说明不满意的理由，便于承办单位重新办理') : undefined
          }
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={give.isPending}>
          {t('提交评价')}
        </Button>
      </Form>
    </Card>
  );
}
