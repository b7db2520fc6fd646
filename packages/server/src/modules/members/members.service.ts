import { DUTY_ITEMS, type DutyItem } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { forbidden, invalidField, notFound } from '../../errors.js';
import { findBody } from '../admin/bodies.queries.js';
import { readsWholeBody, type Actor } from '../auth/actor.js';
import {
  rankingWorkbook,
  summaryDocument,
  summaryParagraphs,
  summaryTitle,
} from './duty-documents.js';
import { effectiveWeights, pointsOf, rank, zeroCounts, type DutyCounts } from './duty-points.js';
import * as q from './members.queries.js';
import { beijingYear } from '../../beijing-time.js';

/** Staff and administrators keep the records; leaders read them. */
export const keepsRecords = (a: Actor) => a.role === 'staff' || a.role === 'admin';

/**
 * The members whose records the caller may read: everyone in the body for staff, leaders and
 * administrators; only themselves for a member. Anyone else's record is simply not found (404).
 */
async function visibleMember(ctx: ServiceContext, personId: string) {
  const { actor } = ctx;
  const own = actor.role === 'proposer' && actor.personId === personId;
  if (!own && !readsWholeBody(actor)) {
    throw notFound('Duty record', '履职档案');
  }
  const [member] = await q.listMembers(ctx.db, actor.bodyId, personId);
  if (!member) {
    throw notFound('Duty record', '履职档案');
  }
  return member;
}

async function gather(db: DbOrTx, bodyId: string, year: number, personId?: string) {
  const [led, cosigned, speeches, attendance, opinions] = await Promise.all([
    q.ledProposals(db, bodyId, year, personId),
    q.cosignedProposals(db, bodyId, year, personId),
    q.speechesOf(db, bodyId, year, personId),
    q.attendanceOf(db, bodyId, year, personId),
    q.opinionsOf(db, bodyId, year, personId),
  ]);
  return { led, cosigned, speeches, attendance, opinions };
}
type Gathered = Awaited<ReturnType<typeof gather>>;

const PRESENT_ITEM: Record<string, DutyItem> = {
  plenary: 'plenary_present',
  standing: 'standing_present',
};

/** Counts one person's duty from the gathered rows (all of them theirs). */
function countDuty(g: Gathered): DutyCounts {
  const counts = zeroCounts();
  counts.proposal_led = g.led.length;
  counts.proposal_cosigned = g.cosigned.length;
  counts.speech = g.speeches.length;
  for (const a of g.attendance) {
    const item = a.status === 'present' ? (PRESENT_ITEM[a.kind] ?? 'activity_present') : a.status;
    counts[item] += 1;
  }
  counts.opinion_submitted = g.opinions.length;
  counts.opinion_adopted = g.opinions.filter((o) => o.adopted).length;
  return counts;
}

function byPerson(g: Gathered, personId: string): Gathered {
  const mine = <T extends { personId: string }>(rows: T[]) =>
    rows.filter((r) => r.personId === personId);
  return {
    led: mine(g.led),
    cosigned: mine(g.cosigned),
    speeches: mine(g.speeches),
    attendance: mine(g.attendance),
    opinions: mine(g.opinions),
  };
}

export async function weightsOf(db: DbOrTx, bodyId: string) {
  return effectiveWeights(await q.listWeights(db, bodyId));
}

/** One member's duty record for a year: every item behind the counts, and the points. */
export async function dutyRecord(ctx: ServiceContext, personId: string, year: number) {
  const member = await visibleMember(ctx, personId);
  const bodyId = ctx.actor.bodyId;
  const g = await gather(ctx.db, bodyId, year, personId);
  const counts = countDuty(g);
  const { breakdown, total } = pointsOf(counts, await weightsOf(ctx.db, bodyId));
  return {
    year,
    member,
    counts,
    points: total,
    breakdown,
    proposalsLed: g.led,
    proposalsCosigned: g.cosigned,
    speeches: g.speeches,
    attendance: g.attendance,
    opinionReports: g.opinions,
  };
}

/** The caller's own record ("我的履职"). */
export async function myDutyRecord(ctx: ServiceContext, year: number) {
  if (!ctx.actor.personId) {
    throw notFound('Duty record', '履职档案');
  }
  return dutyRecord(ctx, ctx.actor.personId, year);
}

/** Every member of the body with their counts and points, ranked. */
export async function dutyRanking(ctx: ServiceContext, year: number) {
  if (!readsWholeBody(ctx.actor)) {
    throw notFound('Duty records', '履职档案');
  }
  const bodyId = ctx.actor.bodyId;
  const [members, g, weights] = await Promise.all([
    q.listMembers(ctx.db, bodyId),
    gather(ctx.db, bodyId, year),
    weightsOf(ctx.db, bodyId),
  ]);
  const rows = members.map((m) => {
    const counts = countDuty(byPerson(g, m.personId));
    return { ...m, counts, points: pointsOf(counts, weights).total };
  });
  return { year, weights, members: rank(rows) };
}

export async function getWeights(ctx: ServiceContext) {
  if (!readsWholeBody(ctx.actor)) {
    throw forbidden('无权查看积分规则', 'Only staff and leaders see the points scheme');
  }
  return weightsOf(ctx.db, ctx.actor.bodyId);
}

/** Staff set the body's weights; items left out keep their current weight. */
export async function setWeights(ctx: ServiceContext, weights: Partial<Record<DutyItem, number>>) {
  if (!keepsRecords(ctx.actor)) {
    throw forbidden('只有工作人员可以修改积分规则', 'Only staff change the points scheme');
  }
  const entries = Object.entries(weights).filter(([item]) =>
    (DUTY_ITEMS as readonly string[]).includes(item),
  );
  for (const [item, points] of entries) {
    if (!Number.isInteger(points) || Math.abs(points) > 100) {
      throw invalidField(
        item,
        '分值须为 -100 到 100 之间的整数',
        'must be a whole number from -100 to 100',
      );
    }
  }
  return inTransaction(ctx, async (tx) => {
    await q.upsertWeights(
      tx,
      ctx.actor.bodyId,
      entries.map(([item, points]) => ({ item, points: points })),
    );
    return weightsOf(tx, ctx.actor.bodyId);
  });
}

/** 社情民意: a member reports their own; staff record one for any member of the body. */
export async function addOpinionReport(
  ctx: ServiceContext,
  input: {
    personId?: string;
    title: string;
    content: string;
    submittedOn: string;
    adopted?: boolean;
    adoptionLevel?: string | null;
  },
) {
  const { actor } = ctx;
  let personId: string;
  if (actor.role === 'proposer') {
    if (!actor.personId || (input.personId && input.personId !== actor.personId)) {
      throw forbidden('只能报送本人的社情民意', 'Members report their own public-opinion reports');
    }
    personId = actor.personId;
  } else if (keepsRecords(actor)) {
    if (!input.personId) {
      throw invalidField('personId', '请选择委员', 'choose the member');
    }
    personId = input.personId;
  } else {
    throw forbidden('无权报送社情民意', 'Only members and staff record public-opinion reports');
  }
  const [exists] = await q.personIdsIn(ctx.db, actor.bodyId, [personId]);
  if (!exists) {
    throw notFound('Member', '委员');
  }
  // Only staff decide adoption; a member's own report starts as not adopted.
  const staff = keepsRecords(actor);
  return q.insertOpinion(ctx.db, {
    bodyId: actor.bodyId,
    personId,
    title: input.title,
    content: input.content,
    submittedOn: input.submittedOn,
    adopted: staff ? (input.adopted ?? false) : false,
    adoptionLevel: staff && input.adopted ? (input.adoptionLevel ?? null) : null,
    recordedBy: actor.userId,
  });
}

export async function setOpinionAdoption(
  ctx: ServiceContext,
  reportId: string,
  input: { adopted: boolean; adoptionLevel?: string | null },
) {
  if (!keepsRecords(ctx.actor)) {
    throw forbidden('只有工作人员可以登记采用情况', 'Only staff record adoption');
  }
  const row = await q.updateOpinion(ctx.db, ctx.actor.bodyId, reportId, {
    adopted: input.adopted,
    adoptionLevel: input.adopted ? (input.adoptionLevel ?? null) : null,
  });
  if (!row) {
    throw notFound('Public-opinion report', '社情民意信息');
  }
  return row;
}

/** The yearly summary as the web page shows it: title and paragraphs, with the record. */
export async function dutySummary(ctx: ServiceContext, personId: string, year: number) {
  const record = await dutyRecord(ctx, personId, year);
  return { title: summaryTitle(record), paragraphs: summaryParagraphs(record), record };
}

export async function dutySummaryDocx(ctx: ServiceContext, personId: string, year: number) {
  const record = await dutyRecord(ctx, personId, year);
  const body = (await findBody(ctx.db, ctx.actor.bodyId))!;
  return {
    filename: `${summaryTitle(record)}.docx`,
    content: await summaryDocument(record, body.name, ctx.now()),
  };
}

export async function dutyRankingXlsx(ctx: ServiceContext, year: number) {
  return rankingWorkbook(await dutyRanking(ctx, year));
}

/** The years a duty record can be shown for (those with any data, and the current one). */
export async function dutyYears(ctx: ServiceContext) {
  const current = beijingYear(ctx.now());
  const years = await q.yearsWithDuty(ctx.db, ctx.actor.bodyId);
  return {
    years: [...new Set([current, ...years])].sort((a, b) => b - a),
    latestWithData: years[0] ?? current,
  };
}
