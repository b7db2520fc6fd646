import { Tag, Tooltip } from 'antd';
import type { DeadlineCountdown, DeadlineLevel } from '@jianyan/shared';
import { useT } from '../i18n';
import { fmtDate } from './format';

const COLORS: Record<DeadlineLevel, string> = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
};

export interface DeadlineBadgeProps {
  /** The moment the deadline ends. */
  dueAt: string | null | undefined;
  /**
   * Where the deadline stands, as the server counted it on the body's working-day calendar; null
   * when it no longer runs (replied, closed…): then only the date shows.
   */
  countdown: DeadlineCountdown | null | undefined;
  /** The date next to the tag (off where a column is narrow). */
  showDate?: boolean;
}

/**
 * A deadline with its countdown in working days, coloured as the offices escalate: green while
 * there is time, yellow from the first reminder, red with 已逾期 once it has passed. The one
 * deadline tag of the app: lists, the proposal page and the dashboard all use it.
 */
export function DeadlineBadge({ dueAt, countdown, showDate = true }: DeadlineBadgeProps) {
  const t = useT();
  if (!dueAt) {
    return <span>—</span>;
  }
  if (!countdown) {
    return <span data-testid="deadline-date">{fmtDate(dueAt)}</span>;
  }
  const n = countdown.workingDaysLeft;
  const text = countdown.overdue
    ? n < 0
      ? t('已逾期 {n} 个工作日', { n: -n })
      : t('已逾期')
    : n === 0
      ? t('今日到期')
      : t('剩 {n} 个工作日', { n });
  return (
    <span
      style={{ whiteSpace: 'nowrap' }}
      data-testid="deadline-badge"
      data-level={countdown.level}
    >
      <Tooltip title={t('按本机构工作日历计算，节假日不计')}>
        <Tag color={COLORS[countdown.level]} style={{ marginInlineEnd: showDate ? 6 : 0 }}>
          {text}
        </Tag>
      </Tooltip>
      {showDate && (
        <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{fmtDate(dueAt)}</span>
      )}
    </span>
  );
}
