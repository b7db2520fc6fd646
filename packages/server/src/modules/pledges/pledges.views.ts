import type * as q from './pledges.queries.js';
import type { OpenQuarter } from './quarters.js';

export type ProgressWithUnit = Awaited<ReturnType<typeof q.progressOfTargets>>[number];
type TargetUnit = Awaited<ReturnType<typeof q.unitsOfTargets>>[number];

/** A progress report as the pages show it. */
export const progressView = (p: ProgressWithUnit) => ({
  progressId: p.progress.progressId,
  unitId: p.progress.unitId,
  unitName: p.unitName,
  isLead: p.isLead,
  year: p.progress.year,
  quarter: p.progress.quarter,
  text: p.progress.text,
  currentValue: p.progress.currentValue,
  percent: p.progress.percent,
  status: p.progress.status,
  reportedByName: p.reportedByName,
  updatedAt: p.progress.updatedAt,
});

/** A target with its units (lead first) and its latest progress report, if any. */
export const targetView = (t: q.TargetRow, units: TargetUnit[], latest?: ProgressWithUnit) => ({
  targetId: t.targetId,
  reportId: t.reportId,
  position: t.position,
  kind: t.kind,
  indicator: t.indicator,
  quantity: t.quantity,
  unit: t.unit,
  comparison: t.comparison,
  year: t.year,
  sentence: t.sentence,
  sentenceOffset: t.sentenceOffset,
  origin: t.origin,
  status: t.status,
  reviewedAt: t.reviewedAt,
  units: units.map((u) => ({ unitId: u.unitId, name: u.name, isLead: u.isLead })),
  latestProgress: latest ? progressView(latest) : null,
});

/** A quarter open for reports, when it closes, and the caller's unit's report for it (if any). */
export const openQuarterView = (o: OpenQuarter, report?: ProgressWithUnit) => ({
  year: o.year,
  quarter: o.quarter,
  closesAt: o.closesAt,
  report: report ? progressView(report) : null,
});
