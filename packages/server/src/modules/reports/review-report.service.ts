import { beijingWallClock } from '../../beijing-time.js';
import type { BaseContext, ServiceContext } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { findBody, listSessions } from '../admin/bodies.queries.js';
import { buildReviewReportDocument } from './documents/review-report-document.js';
import { intakeOf } from './intake.js';
import { buildReviewReport, type ReviewReport } from './review-report.js';

/** "2月25日12时" (or "12时30分"): the deadline as the report prints it, in Beijing time. */
export function deadlineText(deadline: Date): string {
  const d = beijingWallClock(deadline);
  const minutes = d.getUTCMinutes();
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日${d.getUTCHours()}时${minutes ? `${minutes}分` : ''}`;
}

/**
 * The review report of a session from the data: received by the deadline (plenary), registered,
 * shares by source over received and by area over registered, and the interim count.
 */
export async function reviewReportFor(
  ctx: BaseContext,
  bodyId: string,
  sessionId: string,
): Promise<ReviewReport> {
  const body = await findBody(ctx.db, bodyId);
  const session = (await listSessions(ctx.db, bodyId)).find((s) => s.sessionId === sessionId);
  if (!body || !session) {
    throw notFound('Session', '会议');
  }
  return buildReviewReport({
    bodyKind: body.kind,
    sessionName: session.name,
    deadlineText: deadlineText(session.submissionDeadline),
    ...(await intakeOf(ctx.db, bodyId, sessionId)),
  });
}

/** The JSON the report command and API answer with (shape fixed by the issue). */
export const reviewReportJson = (r: ReviewReport) => ({
  received: r.received,
  registered: r.registered,
  bySource: r.bySource.map(({ source, count, percent }) => ({ source, count, percent })),
  byCategory: r.byCategory.map(({ category, count, percent }) => ({ category, count, percent })),
});

export async function reviewReportDocx(
  ctx: BaseContext,
  bodyId: string,
  sessionId: string,
  date: Date,
) {
  const body = (await findBody(ctx.db, bodyId))!;
  const report = await reviewReportFor(ctx, bodyId, sessionId);
  return buildReviewReportDocument(report, { signature: `${body.name}提案委员会`, date });
}

export function staffReviewReport(ctx: ServiceContext, sessionId: string) {
  if (!['staff', 'leader', 'admin'].includes(ctx.actor.role)) {
    throw forbidden('只有提案工作人员和领导可以查看报告', 'Only staff and leaders see the reports');
  }
  return reviewReportFor(ctx, ctx.actor.bodyId, sessionId);
}
