import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { VERDICT_LABELS } from '@jianyan/shared';
import { api } from '../../api/client';
import { useAction, useReplyClasses } from '../../api/hooks';
import type { ProposalDetail, Reply, User } from '../../api/types';
import { ConfirmAction } from '../../components/ActionModal';
import { fmtDateTime } from '../../components/format';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { useLabel, useT } from '../../i18n';

/** The handling round now open: 1, and one more for each rehandling. */
export const currentRound = (p: ProposalDetail) =>
  Math.max(1, ...p.rehandlingRounds.map((r) => r.round));

interface DraftValues {
  replyClass: string;
  text: string;
  publicText?: string;
  confidential?: boolean;
}

/**
 * The unit's reply for the current round: the clerk (or the leader) drafts it with its class,
 * the unit leader signs it (签发). Signed replies are final.
 */
export function ReplyPanel({ p, user }: { p: ProposalDetail; user: User }) {
  const t = useT();
  const label = useLabel();
  const classes = useReplyClasses();
  const round = currentRound(p);
  const mine = p.replies.filter((r) => r.unitId === user.unitId && r.round === round);
  const draft: Reply | undefined = mine.find((r) => !r.signedAt);
  const signed = mine.find((r) => r.signedAt);
  const [form] = Form.useForm<DraftValues>();
  const save = useAction<DraftValues>({
    run: (v) =>
      api.put(
        `/proposals/${p.proposalId}/reply-draft`,
        {
          replyClass: v.replyClass,
          text: v.text,
          publicText: v.publicText?.trim() ? v.publicText : null,
          confidential: Boolean(v.confidential),
        },
        { ifMatch: draft?.version },
      ),
    done: '答复稿已保存',
    form,
  });
  const canSign =
    user.role === 'unit_leader' &&
    Boolean(draft) &&
    (p.allowedActions.includes('reply') || p.allowedActions.includes('reply_again'));
  const lastFeedback = p.feedback[p.feedback.length - 1];

  return (
    <Card
      title={p.state === 'rehandling' ? t('重新办理答复（第 {n} 轮）', { n: round }) : t('答复')}
      data-testid="reply-panel"
      extra={<DeadlineBadge dueAt={p.replyDueAt} countdown={p.replyCountdown} showDate={false} />}
    >
      {p.state === 'rehandling' && lastFeedback && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('提案者对上次答复{verdict}', {
            verdict: label(VERDICT_LABELS[lastFeedback.verdict]),
          })}
          description={lastFeedback.comment ?? undefined}
        />
      )}
      {signed ? (
        <Alert
          type="success"
          showIcon
          title={t('本单位答复已于 {at} 签发', { at: fmtDateTime(signed.signedAt) })}
          description={t('其他分办单位签发后，提案转为“已答复”')}
        />
      ) : (
        <Form<DraftValues>
          key={draft?.version ?? 'new'}
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={
            draft
              ? {
                  replyClass: draft.replyClass,
                  text: draft.text,
                  publicText: draft.publicText ?? undefined,
                  confidential: draft.confidential,
                }
              : { confidential: false }
          }
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item
            name="replyClass"
            label={t('答复类别')}
            rules={[{ required: true, message: t('请选择答复类别') }]}
          >
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              {(classes.data ?? []).map((c) => (
                <Radio key={c.code} value={c.code}>
                  {label(c.label)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="text"
            label={t('答复正文')}
            rules={[{ required: true, whitespace: true, message: t('请填写答复正文') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 8, maxRows: 20 }}
              placeholder={t('××委员：您提出的《……》提案收悉，现答复如下：……')}
            />
          </Form.Item>
          <Form.Item
            name="publicText"
            label={t('公开文本')}
            extra={t('如答复含不宜公开的内容，在此填写删节后的公开文本；不填则公开全文')}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="confidential" valuePropName="checked">
            <Checkbox>{t('答复不公开')}</Checkbox>
          </Form.Item>
          <Flex gap={8} wrap align="center">
            <Button
              htmlType="submit"
              type={canSign ? 'default' : 'primary'}
              icon={<SaveOutlined />}
              loading={save.isPending}
            >
              {t('保存答复稿')}
            </Button>
            {canSign && draft && (
              <ConfirmAction
                type="primary"
                icon={<CheckOutlined />}
                label="签发"
                title="签发本单位答复？"
                content={t('签发后答复即送达提案者，不能再修改。答复类别：{c}', {
                  c: draft.replyClass,
                })}
                run={() => api.post(`/proposals/${p.proposalId}/replies/${draft.replyId}/sign`)}
                done="答复已签发"
                testId="action-sign"
              />
            )}
            {draft && !canSign && (
              <Typography.Text type="secondary">
                <Tag color="gold">{t('待签发')}</Tag>
                {t('由本单位负责人签发')}
              </Typography.Text>
            )}
          </Flex>
          {draft && (
            <Typography.Text
              type="secondary"
              style={{ display: 'block', marginTop: 8, fontSize: 12 }}
            >
              {t('{name} 最近保存于 {at}', {
                name: draft.draftedByName,
                at: fmtDateTime(draft.updatedAt),
              })}
            </Typography.Text>
          )}
        </Form>
      )}
    </Card>
  );
}
