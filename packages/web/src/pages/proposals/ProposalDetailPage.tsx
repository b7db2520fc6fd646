import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import {
  ASSIGNMENT_ROLE_LABELS,
  STATE_LABELS,
  TRANSITIONS,
  VERDICT_LABELS,
  type ProposalState,
} from '@jianyan/shared';
import { ApiError, get } from '../../api/client';
import { useSession } from '../../auth/session';
import { useLabel } from '../../i18n';
import { beijing, daysLeft } from '../common/format';
import { ProposalActions } from './ProposalActions';
import { StateTag } from './StateTag';
import type { ProposalDetail, TimelineEvent } from './types';

const ACTION_LABELS = new Map(TRANSITIONS.map((t) => [t.action as string, t.label]));
const STEP_LABELS: Record<string, { zh: string; en: string }> = {
  create: { zh: '起草', en: 'Drafted' },
  edit: { zh: '修改', en: 'Edited' },
  contact: { zh: '沟通', en: 'Contact' },
  reply_draft: { zh: '起草答复', en: 'Reply drafted' },
  reply_draft_edit: { zh: '修改答复', en: 'Reply edited' },
  cosign_confirm: { zh: '确认联名', en: 'Co-sign confirmed' },
  cosign_decline: { zh: '谢绝联名', en: 'Co-sign declined' },
  attach: { zh: '上传附件', en: 'Attachment' },
  import: { zh: '导入', en: 'Imported' },
  supervision_note: { zh: '督办意见', en: 'Supervision note' },
};

export function ProposalDetailPage() {
  const { proposalId = '' } = useParams();
  const { user } = useSession();
  const label = useLabel();
  const detail = useQuery({
    queryKey: ['proposal', proposalId],
    queryFn: () => get<ProposalDetail>(`/proposals/${proposalId}`),
    retry: false,
  });
  const events = useQuery({
    queryKey: ['proposal-events', proposalId],
    queryFn: () => get<TimelineEvent[]>(`/proposals/${proposalId}/events`),
    retry: false,
  });
  if (detail.error instanceof ApiError) {
    return <Empty description={detail.error.messageZh} />;
  }
  const p = detail.data;
  if (!p || !user) {
    return <Card loading />;
  }
  const left = daysLeft(p.replyDueAt);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={15}>
        <Card
          data-testid="proposal"
          title={
            <Space wrap>
              {p.numberLabel && <span>编号 {p.numberLabel}</span>}
              <span>{p.title}</span>
            </Space>
          }
          extra={<StateTag state={p.state} />}
          style={{ marginBottom: 12 }}
        >
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label="提案者">{p.proposerName}</Descriptions.Item>
            <Descriptions.Item label="会议">{p.sessionName}</Descriptions.Item>
            <Descriptions.Item label="类别">{p.categoryName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="类型">
              {p.origin === 'interim' ? '平时提案' : '大会提案'}{' '}
              {p.isKey && <Tag color="red">重点提案</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="提交时间">{beijing(p.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label="答复期限">
              {beijing(p.replyDueAt, false)}
              {left !== null && ['assigned', 'handling', 'rehandling'].includes(p.state) && (
                <Tag
                  color={left < 0 ? 'red' : left <= 7 ? 'orange' : 'green'}
                  style={{ marginLeft: 8 }}
                >
                  {left < 0 ? `逾期 ${-left} 天` : `剩 ${left} 天`}
                </Tag>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>案由</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {p.problem || '—'}
          </Typography.Paragraph>
          <Typography.Title level={5}>建议</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {p.suggestions || '—'}
          </Typography.Paragraph>
          {p.cosigners.length > 0 && (
            <p>
              联名人：
              {p.cosigners.map((c) => (
                <Tag
                  key={c.userId}
                  color={
                    c.state === 'confirmed' ? 'green' : c.state === 'pending' ? 'blue' : 'default'
                  }
                >
                  {c.displayName}（
                  {
                    {
                      confirmed: '已确认',
                      pending: '待确认',
                      declined: '已谢绝',
                      lapsed: '未确认',
                    }[c.state]
                  }
                  ）
                </Tag>
              ))}
            </p>
          )}
          {p.assignments.length > 0 && (
            <p>
              承办单位：
              {p.assignments
                .filter((a) => a.active)
                .map((a) => (
                  <Tag key={a.assignmentId}>
                    {label(ASSIGNMENT_ROLE_LABELS[a.role])}：{a.unitName}
                  </Tag>
                ))}
            </p>
          )}
        </Card>
        {p.mergedInto && (
          <Card size="small" title="已并入" style={{ marginBottom: 12 }}>
            {p.mergedInto.title}
          </Card>
        )}
        {p.replies.map((r) => (
          <Card
            key={r.replyId}
            size="small"
            data-testid="reply"
            style={{ marginBottom: 12 }}
            title={`${r.unitName} 答复（第${r.round}轮）`}
            extra={<Tag color="gold">{r.replyClass}类</Tag>}
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Typography.Paragraph>
            <Typography.Text type="secondary">
              {r.signedAt
                ? `签发人：${r.signerName ?? ''} · ${beijing(r.signedAt)}`
                : '草稿（未签发）'}
            </Typography.Text>
          </Card>
        ))}
        {p.feedback.length > 0 && (
          <Card size="small" title="办理结果反馈" style={{ marginBottom: 12 }}>
            {p.feedback.map((f) => (
              <p key={f.round}>
                第{f.round}轮：
                <Tag color={f.verdict === 'dissatisfied' ? 'red' : 'green'}>
                  {label(VERDICT_LABELS[f.verdict])}
                </Tag>
                {f.comment}
              </p>
            ))}
          </Card>
        )}
        {p.contacts.length > 0 && (
          <Card size="small" title="沟通记录" style={{ marginBottom: 12 }}>
            {p.contacts.map((c) => (
              <p key={c.contactId}>
                {beijing(c.contactedAt)} · {c.unitName}：{c.summary}
              </p>
            ))}
          </Card>
        )}
        <Card size="small" title="办理过程" data-testid="timeline">
          <Timeline
            items={(events.data ?? []).map((e) => ({
              children: (
                <span>
                  {beijing(e.at)} · {e.actorName ?? '系统'} ·{' '}
                  {label(
                    ACTION_LABELS.get(e.action) ??
                      STEP_LABELS[e.action] ?? { zh: e.action, en: e.action },
                  )}
                  {e.toState && e.toState !== e.fromState
                    ? ` → ${label(STATE_LABELS[e.toState as ProposalState])}`
                    : ''}
                </span>
              ),
            }))}
          />
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <ProposalActions p={p} user={user} />
      </Col>
    </Row>
  );
}
