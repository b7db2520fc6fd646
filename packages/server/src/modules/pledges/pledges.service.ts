import { inTransaction, type BaseContext, type ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { conflict, forbidden, invalidField, notFound } from '../../errors.js';
import { formatChineseDate, localDate } from '../../beijing-time.js';
import { findBody } from '../admin/bodies.queries.js';
import type { WorkingCalendar } from '../deadlines/calendar/index.js';
import { calendarFor } from '../deadlines/deadline-policy.js';
import { isUnitRole, type Actor } from '../auth/actor.js';
import { readStored, storeUpload } from '../attachments/file-store.js';
import { recordEvent } from '../events/events.queries.js';
import { createDraft } from '../proposals/proposals.service.js';
import { extractTargets } from './extraction/extract-targets.js';
import type {
  AddTargetInput,
  AssignInput,
  EditTargetInput,
  ProgressInput,
  RaiseProposalInput,
} from './pledges.schemas.js';
import * as q from './pledges.queries.js';
import {
  openQuarters,
  quarterOf,
  quarterWindow,
  reportingWindow,
  type OpenQuarter,
  type Quarter,
} from './quarters.js';
import {
  openQuarterView,
  progressView,
  targetView,
  type ProgressWithUnit,
} from './pledges.views.js';

/** The body's working-day calendar, which the reporting windows are counted in. */
async function bodyCalendar(db: DbOrTx, bodyId: string): Promise<WorkingCalendar> {
  return calendarFor((await findBody(db, bodyId))?.settings);
}

/** Staff of the proposal office and leaders review, correct and assign the report's targets. */
const manages = (a: Actor) => a.role === 'staff' || a.role === 'leader';

function requireManager(actor: Actor) {
  if (!manages(actor)) {
    throw forbidden(
      '只有工作人员和领导可以审核、分解目标任务',
      'Only staff and leaders review and assign targets',
    );
  }
}

/**
 * The target if the caller may see it: staff and leaders every target of their body; members and
 * deputies confirmed ones; a unit's users the confirmed targets assigned to their unit. Anything
 * else, and every other body's target, is not found.
 */
async function loadVisibleTarget(
  db: DbOrTx,
  actor: Actor,
  targetId: string,
  opts: { lock?: boolean } = {},
) {
  const t = await q.findTarget(db, actor.bodyId, targetId, opts);
  if (!t || !(await canSee(db, actor, t))) {
    throw notFound('Target', '目标任务');
  }
  return t;
}

async function canSee(db: DbOrTx, actor: Actor, t: q.TargetRow) {
  if (manages(actor)) {
    return true;
  }
  if (t.status !== 'confirmed') {
    return false;
  }
  if (actor.role === 'proposer') {
    return true;
  }
  if (isUnitRole(actor) && actor.unitId) {
    const assigned = await q.unitsOfTargets(db, actor.bodyId, [t.targetId]);
    return assigned.some((u) => u.unitId === actor.unitId);
  }
  return false;
}

/** A unit's users see their own unit's progress only; everyone else sees all units'. */
const progressUnitOf = (actor: Actor) => (isUnitRole(actor) ? (actor.unitId ?? '') : undefined);

function event(
  tx: DbOrTx,
  actor: { bodyId: string; userId: string | null },
  entityId: string,
  action: string,
  payload: Record<string, unknown>,
  at: Date,
  states: { from?: string; to?: string } = {},
) {
  return recordEvent(tx, {
    bodyId: actor.bodyId,
    entity: 'report_target',
    entityId,
    action,
    actorUserId: actor.userId,
    fromState: states.from ?? null,
    toState: states.to ?? null,
    payload,
    at,
  });
}

/** The report's text from an uploaded file: UTF-8 only (a GBK file would extract nothing). */
export function decodeReportText(content: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    throw invalidField(
      'file',
      '报告须为 UTF-8 编码的文本文件（.txt）',
      'the report must be a UTF-8 text file (.txt)',
    );
  }
  if (text.includes('\0') || !text.trim()) {
    throw invalidField('file', '报告文本为空或不是文本', 'the report is empty or not text');
  }
  return text;
}

const titleOf = (text: string, year: number) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean)
    ?.slice(0, 200) ?? `${year}年政府工作报告`;

/**
 * Imports a government work report: the report and every target the extractor finds, all
 * `extracted` (to be reviewed), in one transaction — a failure leaves nothing behind. Used by the
 * API (`importedBy` is the staff member) and by `jianyan import report` (no user).
 */
export function importReport(
  ctx: BaseContext,
  input: { bodyId: string; importedBy: string | null; year: number; text: string; title?: string },
) {
  // Without the year anywhere in it, the text is another year's report (the extractor would
  // still read "今年…" as this year's).
  if (!input.text.includes(`${input.year}年`)) {
    throw invalidField(
      'year',
      `报告中没有出现“${input.year}年”，请确认年份`,
      `the report never mentions ${input.year}; check the year`,
    );
  }
  const extracted = extractTargets(input.text, { year: input.year });
  if (!extracted.length) {
    throw invalidField(
      'file',
      `未在报告中找到${input.year}年的量化目标，请确认年份和文件`,
      `no quantified targets for ${input.year} were found; check the year and the file`,
    );
  }
  return inTransaction(ctx, async (tx) => {
    if (await q.findReportByYear(tx, input.bodyId, input.year)) {
      throw conflict(
        'report_exists',
        `${input.year}年的政府工作报告已导入`,
        `The work report of ${input.year} has already been imported`,
      );
    }
    const now = ctx.now();
    const report = await q.insertReport(tx, {
      bodyId: input.bodyId,
      year: input.year,
      title: input.title ?? titleOf(input.text, input.year),
      text: input.text,
      importedBy: input.importedBy,
      importedAt: now,
    });
    const targets = await q.insertTargets(
      tx,
      extracted.map((t, position) => ({
        bodyId: input.bodyId,
        reportId: report.reportId,
        position,
        kind: t.kind,
        indicator: t.indicator,
        quantity: t.quantity,
        unit: t.unit,
        comparison: t.comparison,
        year: t.year,
        sentence: t.sentence,
        sentenceOffset: t.offset,
        origin: 'extracted' as const,
        status: 'extracted' as const,
        createdAt: now,
      })),
    );
    await recordEvent(tx, {
      bodyId: input.bodyId,
      entity: 'work_report',
      entityId: report.reportId,
      action: 'import',
      actorUserId: input.importedBy,
      payload: { year: input.year, targets: targets.length },
      at: now,
    });
    return { ...report, extracted: targets.length };
  });
}

/** The API's import: staff upload the report as a text file. */
export function importReportFile(
  ctx: ServiceContext,
  query: { year: number; title?: string },
  file: { content: Buffer },
) {
  requireManager(ctx.actor);
  return importReport(ctx, {
    bodyId: ctx.actor.bodyId,
    importedBy: ctx.actor.userId,
    year: query.year,
    title: query.title,
    text: decodeReportText(file.content),
  });
}

export async function listReports(ctx: ServiceContext) {
  const { reports, counts } = await q.listReports(ctx.db, ctx.actor.bodyId);
  return {
    items: reports.map((r) => ({
      ...r,
      counts: Object.fromEntries(
        counts.filter((c) => c.reportId === r.reportId).map((c) => [c.status, c.n]),
      ),
    })),
  };
}

/** The targets the caller may see, with their units and latest progress. */
export async function listTargets(
  ctx: ServiceContext,
  filter: { reportId?: string; status?: q.TargetRow['status'] },
) {
  const { actor } = ctx;
  const reviewing = manages(actor);
  /** The quarter it is now (Beijing), and every quarter progress can be reported for now. */
  const currentQuarter = quarterOf(ctx.now());
  const open = openQuarters(ctx.now(), await bodyCalendar(ctx.db, actor.bodyId));
  const none = { items: [], currentQuarter, openQuarters: open };
  if (!reviewing && !(actor.role === 'proposer' || (isUnitRole(actor) && actor.unitId))) {
    return none;
  }
  // Members and units see confirmed targets only: asking them for another status finds nothing.
  if (!reviewing && filter.status && filter.status !== 'confirmed') {
    return none;
  }
  const statuses: q.TargetRow['status'][] | undefined = reviewing
    ? filter.status && [filter.status]
    : ['confirmed'];
  const rows = await q.listTargets(ctx.db, actor.bodyId, {
    reportId: filter.reportId,
    statuses,
    unitId: isUnitRole(actor) ? actor.unitId! : undefined,
  });
  const ids = rows.map((t) => t.targetId);
  const units = await q.unitsOfTargets(ctx.db, actor.bodyId, ids);
  const progress = await q.progressOfTargets(ctx.db, actor.bodyId, ids, progressUnitOf(actor));
  const ofTarget = (t: q.TargetRow) => progress.filter((p) => p.progress.targetId === t.targetId);
  return {
    currentQuarter,
    openQuarters: open,
    items: rows.map((t) => ({
      ...targetView(
        t,
        units.filter((u) => u.targetId === t.targetId),
        ofTarget(t)[0],
      ),
      openQuarters: openQuartersOf(actor, t, open, ofTarget(t)),
    })),
  };
}

/**
 * The open quarters of a target's year; for a unit's user each with the unit's report for it
 * (null while missing), so the page can pick the earliest quarter still to report.
 */
function openQuartersOf(
  actor: Actor,
  t: q.TargetRow,
  open: OpenQuarter[],
  progress: ProgressWithUnit[],
) {
  return open
    .filter((o) => o.year === t.year)
    .map((o) =>
      openQuarterView(
        o,
        isUnitRole(actor)
          ? progress.find((p) => p.progress.year === o.year && p.progress.quarter === o.quarter)
          : undefined,
      ),
    );
}

/** One target: its units, every progress report the caller may see with evidence, proposals. */
export async function getTarget(ctx: ServiceContext, targetId: string) {
  return targetDetail(ctx.db, ctx, await loadVisibleTarget(ctx.db, ctx.actor, targetId));
}

async function targetDetail(db: DbOrTx, ctx: ServiceContext, t: q.TargetRow) {
  const { actor } = ctx;
  const units = await q.unitsOfTargets(db, actor.bodyId, [t.targetId]);
  const progress = await q.progressOfTargets(db, actor.bodyId, [t.targetId], progressUnitOf(actor));
  const evidence = await q.evidenceOf(
    db,
    actor.bodyId,
    progress.map((p) => p.progress.progressId),
  );
  const proposals = isUnitRole(actor)
    ? []
    : await q.proposalsOfTarget(
        db,
        actor.bodyId,
        t.targetId,
        manages(actor) ? undefined : actor.userId,
      );
  const open = openQuarters(ctx.now(), await bodyCalendar(db, actor.bodyId), t.year);
  return {
    ...targetView(t, units, progress[0]),
    progress: progress.map((p) => ({
      ...progressView(p),
      evidence: evidence.filter((e) => e.progressId === p.progress.progressId),
    })),
    proposals,
    /** The quarters of the target's year a unit can report now, with when each closes. */
    openQuarters: open.map((o) => ({ year: o.year, quarter: o.quarter, closesAt: o.closesAt })),
  };
}

/** Staff confirm an extracted (or earlier rejected) target: it goes on the supervision list. */
export function confirmTarget(ctx: ServiceContext, targetId: string) {
  const { actor } = ctx;
  requireManager(actor);
  return inTransaction(ctx, async (tx) => {
    const t = await loadVisibleTarget(tx, actor, targetId, { lock: true });
    if (t.status === 'confirmed') {
      throw conflict('already_confirmed', '该目标已确认', 'This target is already confirmed');
    }
    const now = ctx.now();
    await q.updateTarget(tx, actor.bodyId, targetId, {
      status: 'confirmed',
      reviewedBy: actor.userId,
      reviewedAt: now,
    });
    await event(tx, actor, targetId, 'confirm', {}, now, { from: t.status, to: 'confirmed' });
    return getTarget({ ...ctx, db: tx }, targetId);
  });
}

/** Staff reject a misread target; a target already given to units must be unassigned first. */
export function rejectTarget(ctx: ServiceContext, targetId: string) {
  const { actor } = ctx;
  requireManager(actor);
  return inTransaction(ctx, async (tx) => {
    const t = await loadVisibleTarget(tx, actor, targetId, { lock: true });
    if (t.status === 'rejected') {
      throw conflict('already_rejected', '该目标已排除', 'This target is already rejected');
    }
    if ((await q.unitsOfTargets(tx, actor.bodyId, [targetId])).length) {
      throw conflict(
        'target_assigned',
        '该目标已分解到责任单位，不能排除',
        'This target is assigned to units and cannot be rejected',
      );
    }
    const now = ctx.now();
    await q.updateTarget(tx, actor.bodyId, targetId, {
      status: 'rejected',
      reviewedBy: actor.userId,
      reviewedAt: now,
    });
    await event(tx, actor, targetId, 'reject', {}, now, { from: t.status, to: 'rejected' });
    return getTarget({ ...ctx, db: tx }, targetId);
  });
}

/** Staff correct what the extractor read (indicator, figure, unit, comparison, sentence). */
export function editTarget(ctx: ServiceContext, targetId: string, input: EditTargetInput) {
  const { actor } = ctx;
  requireManager(actor);
  return inTransaction(ctx, async (tx) => {
    const t = await loadVisibleTarget(tx, actor, targetId, { lock: true });
    const changed = (Object.keys(input) as (keyof EditTargetInput)[]).filter(
      (k) => input[k] !== undefined && input[k] !== t[k],
    );
    if (!changed.length) {
      return getTarget({ ...ctx, db: tx }, targetId);
    }
    const patch = Object.fromEntries(changed.map((k) => [k, input[k]]));
    await q.updateTarget(tx, actor.bodyId, targetId, patch);
    await event(
      tx,
      actor,
      targetId,
      'edit',
      { changed, before: Object.fromEntries(changed.map((k) => [k, t[k]])), after: patch },
      ctx.now(),
    );
    return getTarget({ ...ctx, db: tx }, targetId);
  });
}

/** Staff add a target the extractor missed; they have read it, so it is confirmed at once. */
export function addTarget(ctx: ServiceContext, reportId: string, input: AddTargetInput) {
  const { actor } = ctx;
  requireManager(actor);
  return inTransaction(ctx, async (tx) => {
    const report = await q.findReport(tx, actor.bodyId, reportId);
    if (!report) {
      throw notFound('Work report', '政府工作报告');
    }
    const now = ctx.now();
    const [t] = await q.insertTargets(tx, [
      {
        bodyId: actor.bodyId,
        reportId,
        position: await q.nextPosition(tx, actor.bodyId, reportId),
        ...input,
        year: report.year,
        sentenceOffset: null,
        origin: 'manual',
        status: 'confirmed',
        reviewedBy: actor.userId,
        reviewedAt: now,
        createdAt: now,
      },
    ]);
    await event(tx, actor, t!.targetId, 'add', { indicator: input.indicator }, now, {
      to: 'confirmed',
    });
    return getTarget({ ...ctx, db: tx }, t!.targetId);
  });
}

/**
 * Gives a confirmed target to its units: exactly one lead (牵头/主责) and any others, replacing the
 * previous assignment in one transaction while the target's row is locked.
 */
export function assignUnits(ctx: ServiceContext, targetId: string, input: AssignInput) {
  const { actor } = ctx;
  requireManager(actor);
  const leads = input.units.filter((u) => u.lead).length;
  if (leads !== 1) {
    throw invalidField(
      'units',
      `须指定且只能指定一个牵头单位（现为${leads}个）`,
      `exactly one lead unit is needed (got ${leads})`,
    );
  }
  const ids = input.units.map((u) => u.unitId);
  if (new Set(ids).size !== ids.length) {
    throw invalidField('units', '同一单位不能重复列出', 'a unit is listed twice');
  }
  return inTransaction(ctx, async (tx) => {
    const t = await loadVisibleTarget(tx, actor, targetId, { lock: true });
    if (t.status !== 'confirmed') {
      throw conflict(
        'target_not_confirmed',
        '只有已确认的目标可以分解到责任单位',
        'Only a confirmed target can be assigned to units',
      );
    }
    const known = new Set((await q.activeUnitsIn(tx, actor.bodyId, ids)).map((u) => u.unitId));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      throw invalidField(
        'units',
        '责任单位不存在或已停用',
        `no such active unit in this body: ${unknown.join(', ')}`,
      );
    }
    await q.replaceTargetUnits(
      tx,
      actor.bodyId,
      targetId,
      input.units.map((u) => ({ unitId: u.unitId, isLead: u.lead })),
    );
    await event(tx, actor, targetId, 'assign', { units: input.units }, ctx.now());
    return getTarget({ ...ctx, db: tx }, targetId);
  });
}

/**
 * A unit reports its progress on a target for a quarter of the target's year: one report per unit
 * and quarter, written once the quarter has begun and editable until its grace period after it ends
 * (quarters.ts: 15 working days of the body's calendar).
 */
export function reportProgress(ctx: ServiceContext, targetId: string, input: ProgressInput) {
  const { actor } = ctx;
  if (!isUnitRole(actor) || !actor.unitId) {
    throw forbidden('只有责任单位可以报送进展', 'Only the assigned units report progress');
  }
  const unitId = actor.unitId;
  return inTransaction(ctx, async (tx) => {
    const t = await loadVisibleTarget(tx, actor, targetId, { lock: true });
    const now = ctx.now();
    requireOpenQuarter(
      { year: t.year, quarter: input.quarter },
      now,
      await bodyCalendar(tx, actor.bodyId),
    );
    const values = {
      text: input.text,
      currentValue: input.currentValue || null,
      percent: input.percent ?? null,
      status: input.status,
      reportedBy: actor.userId,
      updatedAt: now,
    };
    const key = { bodyId: actor.bodyId, targetId, unitId, year: t.year, quarter: input.quarter };
    const existing = await q.findProgressOfQuarter(tx, key);
    const row = existing
      ? await q.updateProgress(tx, actor.bodyId, existing.progressId, values)
      : await q.insertProgress(tx, { ...key, ...values });
    await event(
      tx,
      actor,
      targetId,
      existing ? 'edit_progress' : 'report_progress',
      { progressId: row.progressId, quarter: input.quarter, status: input.status },
      now,
    );
    return getTarget({ ...ctx, db: tx }, targetId);
  });
}

/** Refuses a report outside its quarter's window, naming the window's dates. */
function requireOpenQuarter(quarter: Quarter, now: Date, calendar: WorkingCalendar) {
  const window = quarterWindow(quarter, now, calendar);
  if (window === 'open') {
    return;
  }
  const { year, quarter: n } = quarter;
  const { opensAt, closesAt } = reportingWindow(quarter, calendar);
  const [fromZh, toZh] = [formatChineseDate(opensAt), formatChineseDate(closesAt)];
  const [from, to] = [localDate(opensAt), localDate(closesAt)];
  throw window === 'not_started'
    ? invalidField(
        'quarter',
        `${year}年第${n}季度尚未开始，${fromZh}起方可报送进展`,
        `quarter ${n} of ${year} has not begun; its progress can be reported from ${from}`,
      )
    : invalidField(
        'quarter',
        `${year}年第${n}季度进展的报送期为${fromZh}至${toZh}，已截止，不能再报送或修改`,
        `quarter ${n} of ${year} could be reported from ${from} to ${to}; that window has closed and its progress can no longer change`,
      );
}

/** The unit's evidence for its progress report (photos, documents), while the quarter is open. */
export async function addEvidence(
  ctx: ServiceContext,
  progressId: string,
  file: { filename: string; content: Buffer },
) {
  const { actor } = ctx;
  if (!isUnitRole(actor) || !actor.unitId) {
    throw forbidden('只有责任单位可以上传佐证材料', 'Only the assigned units upload evidence');
  }
  const p = await q.findProgress(ctx.db, actor.bodyId, progressId);
  if (!p || p.unitId !== actor.unitId) {
    throw notFound('Progress report', '进展报告');
  }
  // Also checked before the file is written (to disk, the default on PGlite), so that a late
  // upload leaves no file behind; the check under the lock decides.
  const quarter = { year: p.year, quarter: p.quarter };
  requireOpenQuarter(quarter, ctx.now(), await bodyCalendar(ctx.db, actor.bodyId));
  const stored = await storeUpload(ctx.config, actor.bodyId, file);
  return inTransaction(ctx, async (tx) => {
    const t = await loadVisibleTarget(tx, actor, p.targetId, { lock: true });
    const now = ctx.now();
    requireOpenQuarter(quarter, now, await bodyCalendar(tx, actor.bodyId));
    const row = await q.insertEvidence(tx, {
      bodyId: actor.bodyId,
      progressId,
      ...stored,
      uploadedBy: actor.userId,
      uploadedAt: now,
    });
    await event(
      tx,
      actor,
      t.targetId,
      'add_evidence',
      { progressId, evidenceId: row.evidenceId, filename: stored.filename },
      now,
    );
    return {
      evidenceId: row.evidenceId,
      filename: stored.filename,
      mimeType: stored.mimeType,
      sizeBytes: stored.sizeBytes,
    };
  });
}

export async function readEvidence(ctx: ServiceContext, evidenceId: string) {
  const { actor } = ctx;
  const row = await q.findEvidence(ctx.db, actor.bodyId, evidenceId);
  if (!row) {
    throw notFound('Evidence', '佐证材料');
  }
  await loadVisibleTarget(ctx.db, actor, row.targetId);
  const progress = await q.findProgress(ctx.db, actor.bodyId, row.evidence.progressId);
  if (isUnitRole(actor) && progress?.unitId !== actor.unitId) {
    throw notFound('Evidence', '佐证材料');
  }
  const e = row.evidence;
  return { filename: e.filename, mimeType: e.mimeType, content: await readStored(ctx.config, e) };
}

/**
 * 就此提建议: a member or deputy raises a proposal (suggestion) about a confirmed target. The draft is
 * made by the proposals service as the caller, so the lifecycle's rules hold, and linked.
 */
export function raiseProposal(ctx: ServiceContext, targetId: string, input: RaiseProposalInput) {
  const { actor } = ctx;
  if (actor.role !== 'proposer') {
    throw forbidden(
      '只有委员或代表可以就目标提出建议',
      'Only members and deputies raise proposals',
    );
  }
  return inTransaction(ctx, async (tx) => {
    const t = await loadVisibleTarget(tx, actor, targetId);
    const sessionId = input.sessionId ?? (await q.latestSession(tx, actor.bodyId))?.sessionId;
    if (!sessionId) {
      throw invalidField('sessionId', '本机构尚未设置会议', 'the body has no session yet');
    }
    const [latest] = await q.progressOfTargets(tx, actor.bodyId, [targetId]);
    const progressLine = latest
      ? `\n\n${latest.unitName}报送的${latest.progress.year}年第${latest.progress.quarter}季度进展：${latest.progress.text}`
      : '';
    const proposal = await createDraft(
      { ...ctx, db: tx },
      {
        sessionId,
        title: input.title ?? `关于推进落实“${t.indicator}”目标任务的建议`.slice(0, 200),
        problem: `${t.year}年政府工作报告提出：${t.sentence}${progressLine}`,
        suggestions: input.suggestions ?? '',
        categoryId: null,
        confidential: false,
        cosignerUserIds: [],
      },
    );
    const now = ctx.now();
    await q.linkProposal(tx, {
      bodyId: actor.bodyId,
      targetId,
      proposalId: proposal.proposalId,
      raisedBy: actor.userId,
      createdAt: now,
    });
    await event(tx, actor, targetId, 'raise_proposal', { proposalId: proposal.proposalId }, now);
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      proposalId: proposal.proposalId,
      entity: 'proposal',
      entityId: proposal.proposalId,
      action: 'from_target',
      actorUserId: actor.userId,
      toState: 'draft',
      payload: { targetId },
      at: now,
    });
    return { proposalId: proposal.proposalId, targetId };
  });
}
