import type { SupervisionStage } from '@jianyan/shared';
import type { ItemRow } from './supervision.queries.js';

/** done: in time; late: done after its deadline; pending: still in time; overdue: past and not done. */
export type StageStatus = 'done' | 'late' | 'pending' | 'overdue';

export interface StageView {
  stage: SupervisionStage;
  dueAt: Date;
  doneAt: Date | null;
  status: StageStatus;
}

type StageFacts = Pick<
  ItemRow,
  | 'deployDueAt'
  | 'deployedAt'
  | 'progressDueAt'
  | 'progressReportedAt'
  | 'settleDueAt'
  | 'timetableDueAt'
  | 'settledAt'
>;

/** The date a settle must meet: a major matter's timetable, once given, replaces the month. */
export const settleDeadline = (item: StageFacts) => item.timetableDueAt ?? item.settleDueAt;

/** Each stage's deadline and where it stands at `now`. */
export function stagesOf(item: StageFacts, now: Date): StageView[] {
  const view = (stage: SupervisionStage, dueAt: Date, doneAt: Date | null): StageView => ({
    stage,
    dueAt,
    doneAt,
    status: doneAt ? (doneAt <= dueAt ? 'done' : 'late') : now > dueAt ? 'overdue' : 'pending',
  });
  return [
    view('deploy', item.deployDueAt, item.deployedAt),
    // Settling a matter before its progress report is due answers the progress stage too.
    view('progress', item.progressDueAt, item.progressReportedAt ?? item.settledAt),
    view('settle', settleDeadline(item), item.settledAt),
  ];
}

/** Settled by its deadline (the timetable's date for a major matter that has one). */
export const settledOnTime = (item: StageFacts) =>
  item.settledAt !== null && item.settledAt <= settleDeadline(item);
