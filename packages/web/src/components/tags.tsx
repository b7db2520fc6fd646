import { Tag, Tooltip } from 'antd';
import {
  PROPOSAL_ORIGIN_LABELS,
  STATE_LABELS,
  type ProposalOrigin,
  type ProposalState,
} from '@jianyan/shared';
import { useLabel, useT } from '../i18n';
import { daysLeft, fmtDate } from './format';

const STATE_COLORS: Record<ProposalState, string> = {
  draft: 'default',
  submitted: 'processing',
  withdrawn: 'default',
  registered: 'cyan',
  not_registered: 'volcano',
  merged: 'purple',
  assigned: 'geekblue',
  handling: 'orange',
  replied: 'gold',
  rehandling: 'magenta',
  closed: 'success',
};

/** A proposal's state, named as the shared lifecycle table names it. */
export function StateTag({ state }: { state: ProposalState }) {
  const label = useLabel();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="state-tag" style={{ marginInlineEnd: 0 }}>
      {label(STATE_LABELS[state])}
    </Tag>
  );
}

export function KeyTag() {
  const t = useT();
  return <Tag color="red">{t('重点')}</Tag>;
}

export function OriginTag({ origin }: { origin: ProposalOrigin }) {
  const label = useLabel();
  const t = useT();
  return origin === 'interim' ? (
    <Tooltip title={t('截止时间后提交的提案，单独编号，办理程序相同')}>
      <Tag color="blue">{label(PROPOSAL_ORIGIN_LABELS.interim)}</Tag>
    </Tooltip>
  ) : null;
}

/** States in which a reply deadline runs. */
export const RUNNING: readonly ProposalState[] = ['assigned', 'handling', 'rehandling'];

/**
 * The reply deadline as the offices colour it: green while there is time, orange in the last
 * fortnight, red once it has passed.
 */
export function DeadlineTag({
  dueAt,
  state,
  showDate = true,
}: {
  dueAt: string | null;
  state: ProposalState;
  showDate?: boolean;
}) {
  const t = useT();
  const left = daysLeft(dueAt);
  if (left === null) {
    return <span>—</span>;
  }
  if (!RUNNING.includes(state)) {
    return <span>{fmtDate(dueAt)}</span>;
  }
  const color = left < 0 ? 'error' : left <= 14 ? 'warning' : 'success';
  const text =
    left < 0
      ? t('逾期 {n} 天', { n: -left })
      : left === 0
        ? t('今日到期')
        : t('剩 {n} 天', { n: left });
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="deadline">
      <Tag color={color} style={{ marginInlineEnd: showDate ? 6 : 0 }}>
        {text}
      </Tag>
      {showDate && (
        <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{fmtDate(dueAt)}</span>
      )}
    </span>
  );
}
