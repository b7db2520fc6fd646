import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Result,
  Row,
  Steps,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  ASSIGNMENT_ROLE_LABELS,
  PROPOSAL_KIND_LABELS,
  REJECTION_REASON_LABELS,
  STATE_LABELS,
  VERDICT_LABELS,
  transitionFor,
  type ProposalState,
} from '@jianyan/shared';
import { ApiError } from '../../api/client';
import { useProposal } from '../../api/hooks';
import type { Assignment, ProposalDetail, Reply, User } from '../../api/types';
import { useUser } from '../../auth/session';
import { fmtDate, fmtDateTime, numberText } from '../../components/format';
import { Loading } from '../../components/Loading';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { KeyTag, OriginTag, StateTag } from '../../components/tags';
import { useLabel, useLang, useT } from '../../i18n';
import {
  CONTACT_METHOD_LABELS,
  COSIGNER_STATE_LABELS,
  OBJECTION_RESOLUTION_LABELS,
  REJECTION_DESTINATION_LABELS,
} from '../../i18n/vocab';
import { AttachmentsList } from './Attachments';
import { CosignPrompt } from './CosignPrompt';
import { EventTimeline } from './EventTimeline';
import { ExtensionsPanel, extensionAssignment } from './ExtensionsPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { ProposalActions } from './ProposalActions';
import { ReplyPanel } from './ReplyPanel';
import { SimilarPanel } from './SimilarPanel';

/** The main path of the lifecycle, for the progress bar. */
const PATH: ProposalState[] = [
  'draft',
  'submitted',
  'registered',
  'assigned',
  'handling',
  'replied',
  'closed',
];

function Progress({ p }: { p: ProposalDetail }) {
  const label = useLabel();
  const off = ['withdrawn', 'not_registered', 'merged'].includes(p.state);
  const at = off ? 1 : p.state === 'rehandling' ? 4 : PATH.indexOf(p.state);
  return (
    <Steps
      size="small"
      current={off ? 2 : at}
      status={off ? 'error' : p.state === 'closed' ? 'finish' : 'process'}
      style={{ marginTop: 8 }}
      items={PATH.map((s, i) => ({
        title:
          off && i === 2
            ? label(STATE_LABELS[p.state])
            : p.state === 'rehandling' && i === 4
              ? label(STATE_LABELS.rehandling)
              : label(STATE_LABELS[s]),
      }))}
    />
  );
}

function Section({
  title,
  children,
  extra,
  testId,
}: {
  title: ReactNode;
  children: ReactNode;
  extra?: ReactNode;
  testId?: string;
}) {
  return (
    <Card
      title={title}
      size="small"
      extra={extra}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    >
      {children}
    </Card>
  );
}

function Paragraphs({ text }: { text: string }) {
  const t = useT();
  if (!text.trim()) {
    return <Typography.Text type="secondary">{t('（未填写）')}</Typography.Text>;
  }
  return (
    <Typography.Paragraph
      style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, fontSize: 15, marginBottom: 0 }}
    >
      {text}
    </Typography.Paragraph>
  );
}

function ReplyCard({ r }: { r: Reply }) {
  const t = useT();
  return (
    <Card
      size="small"
      type="inner"
      data-testid="reply"
      style={{ marginBottom: 12 }}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{r.unitName}</span>
          <Tag color="gold">{t('{c}类', { c: r.replyClass })}</Tag>
          {r.round > 1 && <Tag color="magenta">{t('第 {n} 轮', { n: r.round })}</Tag>}
          {r.confidential && <Tag icon={<LockOutlined />}>{t('不公开')}</Tag>}
        </Flex>
      }
      extra={
        r.signedAt ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('{name} 签发于 {at}', { name: r.signerName ?? '', at: fmtDateTime(r.signedAt) })}
          </Typography.Text>
        ) : (
          <Tag color="orange">{t('草稿，未签发')}</Tag>
        )
      }
    >
      <Paragraphs text={r.text} />
      {r.publicText && (
        <div style={{ marginTop: 8, padding: 8, background: '#fafafa', borderRadius: 4 }}>
          <Typography.Text type="secondary">{t('公开文本：')}</Typography.Text>
          <Paragraphs text={r.publicText} />
        </div>
      )}
    </Card>
  );
}

function AssignmentsTable({ items }: { items: Assignment[] }) {
  const t = useT();
  const label = useLabel();
  return (
    <Table<Assignment>
      size="small"
      rowKey="assignmentId"
      pagination={false}
      dataSource={items}
      scroll={{ x: 560 }}
      columns={[
        { title: t('承办单位'), dataIndex: 'unitName' },
        {
          title: t('方式'),
          dataIndex: 'role',
          width: 80,
          render: (r: Assignment['role']) => (
            <Tag color={r === 'lead' ? 'red' : r === 'co' ? 'blue' : 'purple'}>
              {label(ASSIGNMENT_ROLE_LABELS[r])}
            </Tag>
          ),
        },
        { title: t('交办时间'), dataIndex: 'assignedAt', width: 110, render: fmtDate },
        // A co-handling unit's deadline is for its opinion to the lead unit, not for the reply.
        {
          title: t('办理期限'),
          dataIndex: 'dueAt',
          width: 200,
          render: (d: string | null, a) => <DeadlineBadge dueAt={d} countdown={a.countdown} />,
        },
        {
          title: t('状态'),
          dataIndex: 'active',
          width: 90,
          render: (a: boolean) =>
            a ? <Tag color="green">{t('承办中')}</Tag> : <Tag>{t('已改办')}</Tag>,
        },
      ]}
    />
  );
}

/** The extension requests, shown when there are some or the caller's unit may ask for one. */
function ExtensionsSection({ p, user }: { p: ProposalDetail; user: User }) {
  const t = useT();
  if (p.extensions.length === 0 && !extensionAssignment(p, user)) {
    return null;
  }
  return (
    <Section title={t('延期')} testId="extensions-section">
      <ExtensionsPanel p={p} user={user} />
    </Section>
  );
}

export function ProposalPage() {
  const { proposalId = '' } = useParams();
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const user = useUser();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const detail = useProposal(proposalId);
  const pageTitle = detail.data?.title;
  useEffect(() => {
    if (pageTitle) {
      document.title = `${pageTitle} · ${t('建言')}`;
    }
  }, [pageTitle, t]);

  if (detail.isLoading) {
    return <Loading />;
  }
  if (!detail.data) {
    const e = detail.error;
    return (
      <Result
        status={e instanceof ApiError && e.status === 403 ? '403' : '404'}
        title={e instanceof ApiError ? e.text(lang) : t('加载失败')}
        extra={<Button onClick={() => void navigate(-1)}>{t('返回')}</Button>}
      />
    );
  }
  const p = detail.data;
  const isUnit = user.role === 'unit_clerk' || user.role === 'unit_leader';
  const myAssignment = p.assignments.find((a) => a.active && a.unitId === user.unitId);
  const drafting =
    isUnit &&
    (myAssignment?.role === 'lead' || myAssignment?.role === 'separate') &&
    ['handling', 'rehandling'].includes(p.state);
  const isStaffLike = user.role === 'staff' || user.role === 'leader' || user.role === 'admin';
  const signedReplies = p.replies.filter((r) => r.signedAt);
  const draftReplies = p.replies.filter((r) => !r.signedAt);
  const activeAssignments = p.assignments.filter((a) => a.active);
  const cosigners = p.cosigners;
  const rejected = p.decisions.find((d) => d.decision === 'reject');
  const returned = [...p.decisions].reverse().find((d) => d.decision === 'return_for_revision');
  const showProposer = user.role !== 'proposer' || p.ownerUserId !== user.userId;
  const invited =
    p.state === 'draft' &&
    p.cosigners.some((c) => c.userId === user.userId && c.state === 'pending');

  const side = (
    <>
      {p.allowedActions.includes('feedback') && <FeedbackPanel p={p} />}
      {drafting && <ReplyPanel p={p} user={user} />}
      {user.role === 'staff' && ['submitted', 'registered'].includes(p.state) && (
        <SimilarPanel p={p} />
      )}
      <div style={{ marginTop: 16 }}>
        <EventTimeline proposalId={p.proposalId} />
      </div>
    </>
  );

  return (
    <div data-testid="proposal">
      <Card style={{ marginBottom: 16 }}>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => void navigate(-1)}
          style={{ padding: 0 }}
        >
          {t('返回')}
        </Button>
        <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginTop: 4 }}>
          <div style={{ minWidth: 0, flex: '1 1 480px' }}>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 6 }}>
              <StateTag state={p.state} />
              {p.isKey && <KeyTag />}
              <OriginTag origin={p.origin} />
              {p.confidential && <Tag icon={<LockOutlined />}>{t('不公开')}</Tag>}
              {p.publishedAt && <Tag color="green">{t('已公开')}</Tag>}
              {p.numberLabel && (
                <Typography.Text strong data-testid="proposal-number">
                  {label(PROPOSAL_KIND_LABELS[p.kind])} {numberText(p.numberLabel)}
                </Typography.Text>
              )}
            </Flex>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="proposal-title">
              {p.title}
            </Typography.Title>
          </div>
          <ProposalActions p={p} user={user} />
        </Flex>
        {screens.md && <Progress p={p} />}
        <Descriptions
          size="small"
          style={{ marginTop: 16 }}
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            ...(showProposer
              ? [
                  {
                    key: 'proposer',
                    label: t('提案者'),
                    children: (
                      <span>
                        {p.proposerName}
                        {p.proposerSector ? `（${p.proposerSector}）` : ''}
                      </span>
                    ),
                  },
                ]
              : []),
            ...(cosigners.length
              ? [
                  {
                    key: 'cosigners',
                    label: t('联名人'),
                    children: (
                      <span data-testid="cosigners">
                        {cosigners.map((c) => (
                          <Tag
                            key={c.userId}
                            color={
                              c.state === 'confirmed'
                                ? 'green'
                                : c.state === 'pending'
                                  ? 'blue'
                                  : 'default'
                            }
                          >
                            {c.displayName}（{label(COSIGNER_STATE_LABELS[c.state])}）
                          </Tag>
                        ))}
                      </span>
                    ),
                  },
                ]
              : []),
            { key: 'session', label: t('会议'), children: p.sessionName },
            { key: 'category', label: t('类别'), children: p.categoryName ?? t('未分类') },
            {
              key: 'submitted',
              label: t('提交时间'),
              children: p.submittedAt ? fmtDateTime(p.submittedAt) : t('未提交'),
            },
            ...(p.registeredAt
              ? [{ key: 'registered', label: t('立案时间'), children: fmtDateTime(p.registeredAt) }]
              : []),
            ...(activeAssignments.length
              ? [
                  {
                    key: 'units',
                    label: t('承办单位'),
                    children: activeAssignments
                      .map((a) =>
                        lang === 'zh'
                          ? `${a.unitName}（${label(ASSIGNMENT_ROLE_LABELS[a.role])}）`
                          : `${a.unitName} (${label(ASSIGNMENT_ROLE_LABELS[a.role])})`,
                      )
                      .join(lang === 'zh' ? '、' : '; '),
                  },
                ]
              : []),
            ...(p.replyDueAt
              ? [
                  {
                    key: 'due',
                    label: t('答复期限'),
                    children: <DeadlineBadge dueAt={p.replyDueAt} countdown={p.replyCountdown} />,
                  },
                ]
              : []),
            ...(p.closedAt
              ? [{ key: 'closed', label: t('办结时间'), children: fmtDateTime(p.closedAt) }]
              : []),
          ]}
        />
      </Card>

      {invited && <CosignPrompt p={p} />}
      {p.state === 'draft' && returned && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('提案被退回修改')}
          description={`${returned.comment ?? ''}（${returned.decidedByName}，${fmtDateTime(returned.decidedAt)}）`}
        />
      )}
      {p.state === 'not_registered' && rejected && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('不予立案：{reason}', {
            reason: rejected.reasonCode ? label(REJECTION_REASON_LABELS[rejected.reasonCode]) : '',
          })}
          description={
            <>
              <div>{rejected.comment}</div>
              {rejected.destination && rejected.destination !== 'none' && (
                <div>
                  {t('去向：')}
                  {label(REJECTION_DESTINATION_LABELS[rejected.destination])}
                </div>
              )}
            </>
          }
        />
      )}
      {p.fromSpeech && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="from-speech"
          title={
            <span>
              {t('由大会发言转为提案：')}
              <Link to={user?.role === 'proposer' ? '/speeches/mine' : '/speeches'}>
                {p.fromSpeech.title}
              </Link>
            </span>
          }
        />
      )}
      {p.mergedInto && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              {t('本提案已并入：')}
              <Link to={`/proposals/${p.mergedInto.proposalId}`}>
                {numberText(p.mergedInto.numberLabel)} {p.mergedInto.title}
              </Link>
            </span>
          }
          description={
            p.mergedInto.replies.length
              ? t('并入提案已答复，答复见下方')
              : t('办理结果将在并入提案答复后可见')
          }
        />
      )}

      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Section title={t('提案内容')} testId="proposal-text">
            <Typography.Title level={5}>{t('案由')}</Typography.Title>
            <Paragraphs text={p.problem} />
            <Typography.Title level={5} style={{ marginTop: 20 }}>
              {t('建议')}
            </Typography.Title>
            <Paragraphs text={p.suggestions} />
            <Typography.Title level={5} style={{ marginTop: 20 }}>
              {t('附件')}
            </Typography.Title>
            <AttachmentsList proposal={p} />
          </Section>

          {(signedReplies.length > 0 ||
            (p.mergedInto?.replies.length ?? 0) > 0 ||
            (isStaffLike && draftReplies.length > 0)) && (
            <Section title={t('答复')} testId="replies">
              {[...signedReplies, ...(p.mergedInto?.replies ?? [])].map((r) => (
                <ReplyCard key={r.replyId} r={r} />
              ))}
              {isStaffLike && draftReplies.map((r) => <ReplyCard key={r.replyId} r={r} />)}
            </Section>
          )}

          {p.feedback.length > 0 && (
            <Section title={t('提案者评价')} testId="feedback">
              {p.feedback.map((f) => (
                <div key={f.feedbackId} style={{ marginBottom: 8 }}>
                  <Tag color={f.verdict === 'dissatisfied' ? 'red' : 'green'}>
                    {label(VERDICT_LABELS[f.verdict])}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('第 {n} 轮', { n: f.round })} · {fmtDateTime(f.givenAt)}
                  </Typography.Text>
                  {f.comment && <div style={{ marginTop: 4 }}>{f.comment}</div>}
                </div>
              ))}
            </Section>
          )}

          {p.assignments.length > 0 && (
            <Section title={t('承办情况')} testId="handling">
              <AssignmentsTable items={p.assignments} />
              {p.objections.length > 0 && (
                <>
                  <Typography.Title level={5} style={{ marginTop: 16 }}>
                    {t('异议')}
                  </Typography.Title>
                  {p.objections.map((o) => (
                    <div key={o.objectionId} style={{ marginBottom: 8 }}>
                      <b>{o.unitName}</b>（{fmtDateTime(o.raisedAt)}）：{o.reason}
                      {o.suggestedUnitName && (
                        <span>
                          ；{t('建议改由：')}
                          {o.suggestedUnitName}
                        </span>
                      )}
                      <div>
                        {o.resolution ? (
                          <Tag color="green">
                            {label(OBJECTION_RESOLUTION_LABELS[o.resolution])}
                            {o.resolutionNote ? `：${o.resolutionNote}` : ''}
                          </Tag>
                        ) : (
                          <Tag color="orange">{t('待处理')}</Tag>
                        )}
                      </div>
                    </div>
                  ))}
                </>
              )}
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('沟通记录')}
              </Typography.Title>
              {p.contacts.length ? (
                p.contacts.map((c) => (
                  <div key={c.contactId} style={{ marginBottom: 8 }} data-testid="contact">
                    <Tag>{label(CONTACT_METHOD_LABELS[c.method])}</Tag>
                    <Typography.Text type="secondary">
                      {fmtDateTime(c.contactedAt)} · {c.unitName} · {c.recordedByName}
                    </Typography.Text>
                    <div>{c.summary}</div>
                  </div>
                ))
              ) : (
                <Typography.Text type="secondary">{t('尚无沟通记录')}</Typography.Text>
              )}
              {p.coUnitOpinions.length > 0 && (
                <>
                  <Typography.Title level={5} style={{ marginTop: 16 }}>
                    {t('会办意见')}
                  </Typography.Title>
                  {p.coUnitOpinions.map((o) => (
                    <div key={o.opinionId} style={{ marginBottom: 8 }}>
                      <b>{o.unitName}</b>
                      <Typography.Text type="secondary">
                        （{fmtDateTime(o.submittedAt)}）
                      </Typography.Text>
                      <div style={{ whiteSpace: 'pre-wrap' }}>{o.text}</div>
                    </div>
                  ))}
                </>
              )}
            </Section>
          )}

          <ExtensionsSection p={p} user={user} />

          {p.decisions.length > 0 && isStaffLike && (
            <Section title={t('审查记录')}>
              {p.decisions.map((d, i) => (
                <div key={i} style={{ marginBottom: 6 }}>
                  <Tag>{label(transitionFor(d.decision).label)}</Tag>
                  <Typography.Text type="secondary">
                    {fmtDateTime(d.decidedAt)} · {d.decidedByName}
                  </Typography.Text>{' '}
                  {d.comment}
                </div>
              ))}
            </Section>
          )}

          {isStaffLike && (p.isKey || p.supervisionNotes.length > 0) && (
            <Section title={t('督办意见')} testId="supervision-notes">
              {p.supervision && (
                <div style={{ marginBottom: 8 }} data-testid="proposal-supervision">
                  <Tag color="red">{p.supervision.profileName}</Tag>
                  {t('督办领导')}：{p.supervision.leaderName ?? t('未指定')}
                  {user.role !== 'admin' && (
                    <Link to="/supervision" style={{ marginInlineStart: 12 }}>
                      {t('查看督办事项')}
                    </Link>
                  )}
                </div>
              )}
              {p.supervisionNotes.length ? (
                p.supervisionNotes.map((n) => (
                  <div key={n.noteId} style={{ marginBottom: 8 }}>
                    <Typography.Text type="secondary">
                      {fmtDateTime(n.createdAt)} · {n.authorName ?? ''}
                    </Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{n.text}</div>
                  </div>
                ))
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('尚无督办意见')} />
              )}
            </Section>
          )}
        </Col>
        <Col xs={24} xl={9}>
          {side}
        </Col>
      </Row>
    </div>
  );
}
