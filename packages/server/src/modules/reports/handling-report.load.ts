import type { BaseContext } from '../../context.js';
import { numberLabel } from '../proposals/proposal-loader.js';
import { handlingRows } from './handling-report.queries.js';
import { computeHandlingReport, type HandlingReport } from './handling-summary.js';

/**
 * The handling figures of a body for a session, a year or (no scope) everything: the one
 * function both the handling report and the dashboard read, so their numbers cannot drift apart.
 * Callers check access first.
 */
export async function loadHandlingReport(
  ctx: BaseContext,
  bodyId: string,
  scope: { sessionId?: string; year?: number },
  asOf: Date,
): Promise<HandlingReport> {
  const rows = await handlingRows(ctx.db, bodyId, scope);
  return computeHandlingReport(
    rows.map((r) => ({ ...r, ref: numberLabel(r) ?? undefined })),
    asOf,
  );
}
