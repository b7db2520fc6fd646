import { Card, Empty, Timeline, Typography } from 'antd';
import {
  REJECTION_REASON_LABELS,
  STATE_LABELS,
  VERDICT_LABELS,
  type RejectionReason,
  type Verdict,
} from '@jianyan/shared';
import { useEvents } from '../../api/hooks';
import type { TimelineEvent } from '../../api/types';
import { fmtDate, fmtDateTime } from '../../components/format';
import { useLabel, useT } from '../../i18n';
import { eventLabel } from '../../i18n/vocab';

const BLUE = '#1f4e9c';
const GREEN = '#389e0d';
const COLORS: Record<string, string> = {
  submit: BLUE,
  register: GREEN,
  assign: BLUE,
  start: BLUE,
  reply: GREEN,
  reply_again: GREEN,
  feedback: GREEN,
  publish: GREEN,
  reject: '#cf1322',
  return_for_revision: '#d46b08',
  object: '#d46b08',
};

/** The proposal's history, from the event log: who did what, when, and where it moved. */
export function EventTimeline({ proposalId }: { proposalId: string }) {
  const t = useT();
  const label = useLabel();
  const events = useEvents(proposalId);
  const detail = (e: TimelineEvent) => {
    const p = e.payload ?? {};
    const bits: string[] = [];
    if (typeof p.verdict === 'string') {
      bits.push(label(VERDICT_LABELS[p.verdict as Verdict]));
    }
    if (typeof p.replyClass === 'string') {
      bits.push(t('{c}类', { c: p.replyClass }));
    }
    if (typeof p.reasonCode === 'string') {
      bits.push(label(REJECTION_REASON_LABELS[p.reasonCode as RejectionReason]));
    }
    if (e.action === 'submit' && p.origin === 'interim') {
      bits.push(t('平时提案'));
    }
    if (typeof p.requestedDueAt === 'string' || typeof p.to === 'string') {
      // Extensions: the deadline asked for, or where an approved one moved it.
      const to = (p.requestedDueAt ?? p.to) as string;
      bits.push(t('延期至 {date}', { date: fmtDate(to) }));
    }
    for (const k of ['comment', 'reason', 'note']) {
      if (typeof p[k] === 'string' && p[k]) {
        bits.push(p[k]);
      }
    }
    return bits.join(' · ');
  };
  return (
    <Card title={t('办理过程')} size="small" data-testid="timeline" loading={events.isLoading}>
      {events.data?.length ? (
        <Timeline
          items={[...events.data].reverse().map((e) => ({
            key: e.eventId,
            color: COLORS[e.action] ?? '#bfbfbf',
            content: (
              <div>
                <div>
                  <b>{label(eventLabel(e.action))}</b>
                  {e.toState && e.fromState !== e.toState && (
                    <Typography.Text type="secondary">
                      {' '}
                      → {label(STATE_LABELS[e.toState])}
                    </Typography.Text>
                  )}
                </div>
                {detail(e) && <div style={{ fontSize: 13 }}>{detail(e)}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fmtDateTime(e.at)} · {e.actorName ?? t('系统')}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}
