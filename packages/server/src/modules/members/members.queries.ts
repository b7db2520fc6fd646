import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import {
  activities,
  attendance,
  cosigners,
  dutyWeights,
  opinionReports,
  people,
  proposals,
  sessions,
  speeches,
  users,
} from '../../db/schema/index.js';

/** A session's year is the year of its submission deadline, in Beijing. */
const sessionYear = (year: number) =>
  sql`extract(year FROM ${sessions.submissionDeadline} AT TIME ZONE 'Asia/Shanghai') = ${year}`;
const dateInYear = (
  column: typeof activities.heldOn | typeof opinionReports.submittedOn,
  year: number,
) => and(sql`${column} >= ${`${year}-01-01`}::date`, sql`${column} <= ${`${year}-12-31`}::date`);
/** Drafts and withdrawn proposals were never put to the body, so they are not duty. */
const NOT_COUNTED = ['draft', 'withdrawn'] as const;
const onePerson = (personId?: string) => (personId ? eq(people.personId, personId) : undefined);

/** The body's members or deputies, with the login of each (if any). */
export async function listMembers(db: DbOrTx, bodyId: string, personId?: string) {
  return db
    .select({
      personId: people.personId,
      name: people.name,
      kind: people.kind,
      sector: people.sector,
      affiliation: people.affiliation,
      username: users.username,
    })
    .from(people)
    .leftJoin(users, and(eq(users.bodyId, people.bodyId), eq(users.personId, people.personId)))
    .where(and(eq(people.bodyId, bodyId), onePerson(personId)))
    .orderBy(asc(people.name));
}

export async function ledProposals(db: DbOrTx, bodyId: string, year: number, personId?: string) {
  return db
    .select({
      personId: sql<string>`${proposals.leadPersonId}`,
      proposalId: proposals.proposalId,
      title: proposals.title,
      state: proposals.state,
      sessionName: sessions.name,
    })
    .from(proposals)
    .innerJoin(
      sessions,
      and(eq(sessions.bodyId, proposals.bodyId), eq(sessions.sessionId, proposals.sessionId)),
    )
    .where(
      and(
        eq(proposals.bodyId, bodyId),
        sql`${proposals.leadPersonId} IS NOT NULL`,
        personId ? eq(proposals.leadPersonId, personId) : undefined,
        notInArray(proposals.state, [...NOT_COUNTED]),
        sessionYear(year),
      ),
    )
    .orderBy(asc(proposals.submittedAt));
}

/** Proposals the person co-signed and confirmed (a declined or lapsed invitation is no duty). */
export async function cosignedProposals(
  db: DbOrTx,
  bodyId: string,
  year: number,
  personId?: string,
) {
  return db
    .select({
      personId: sql<string>`${users.personId}`,
      proposalId: proposals.proposalId,
      title: proposals.title,
      state: proposals.state,
      sessionName: sessions.name,
    })
    .from(cosigners)
    .innerJoin(users, and(eq(users.bodyId, cosigners.bodyId), eq(users.userId, cosigners.userId)))
    .innerJoin(
      proposals,
      and(eq(proposals.bodyId, cosigners.bodyId), eq(proposals.proposalId, cosigners.proposalId)),
    )
    .innerJoin(
      sessions,
      and(eq(sessions.bodyId, proposals.bodyId), eq(sessions.sessionId, proposals.sessionId)),
    )
    .where(
      and(
        eq(cosigners.bodyId, bodyId),
        eq(cosigners.state, 'confirmed'),
        sql`${users.personId} IS NOT NULL`,
        personId ? eq(users.personId, personId) : undefined,
        notInArray(proposals.state, [...NOT_COUNTED]),
        sessionYear(year),
      ),
    )
    .orderBy(asc(proposals.submittedAt));
}

/**
 * Plenary speeches by the person. A speech records its speaker by name only (the digest prints
 * names, not accounts), so a member's speeches are those given under their name in their own body.
 */
export async function speechesOf(db: DbOrTx, bodyId: string, year: number, personId?: string) {
  return db
    .select({
      personId: people.personId,
      speechId: speeches.speechId,
      title: sql<string>`array_to_string(ARRAY(SELECT jsonb_array_elements_text(${speeches.titleLines})), '')`,
      sessionName: sessions.name,
    })
    .from(speeches)
    .innerJoin(
      sessions,
      and(eq(sessions.bodyId, speeches.bodyId), eq(sessions.sessionId, speeches.sessionId)),
    )
    .innerJoin(
      people,
      and(eq(people.bodyId, speeches.bodyId), eq(people.name, speeches.speakerName)),
    )
    .where(
      and(
        eq(speeches.bodyId, bodyId),
        eq(speeches.speakerKind, 'member'),
        onePerson(personId),
        sessionYear(year),
      ),
    )
    .orderBy(asc(speeches.position));
}

export async function attendanceOf(db: DbOrTx, bodyId: string, year: number, personId?: string) {
  return db
    .select({
      personId: attendance.personId,
      activityId: activities.activityId,
      heldOn: activities.heldOn,
      kind: activities.kind,
      title: activities.title,
      status: attendance.status,
    })
    .from(attendance)
    .innerJoin(
      activities,
      and(
        eq(activities.bodyId, attendance.bodyId),
        eq(activities.activityId, attendance.activityId),
      ),
    )
    .where(
      and(
        eq(attendance.bodyId, bodyId),
        personId ? eq(attendance.personId, personId) : undefined,
        dateInYear(activities.heldOn, year),
      ),
    )
    .orderBy(asc(activities.heldOn));
}

export async function opinionsOf(db: DbOrTx, bodyId: string, year: number, personId?: string) {
  return db
    .select()
    .from(opinionReports)
    .where(
      and(
        eq(opinionReports.bodyId, bodyId),
        personId ? eq(opinionReports.personId, personId) : undefined,
        dateInYear(opinionReports.submittedOn, year),
      ),
    )
    .orderBy(asc(opinionReports.submittedOn));
}

export async function listWeights(db: DbOrTx, bodyId: string) {
  return db.select().from(dutyWeights).where(eq(dutyWeights.bodyId, bodyId));
}

export async function upsertWeights(
  db: DbOrTx,
  bodyId: string,
  weights: { item: string; points: number }[],
) {
  if (!weights.length) {
    return;
  }
  await db
    .insert(dutyWeights)
    .values(weights.map((w) => ({ bodyId, ...w })))
    .onConflictDoUpdate({
      target: [dutyWeights.bodyId, dutyWeights.item],
      set: { points: sql`excluded.points` },
    });
}

export async function listActivities(db: DbOrTx, bodyId: string, year: number) {
  const counts = (status: 'present' | 'absent' | 'excused') =>
    sql<number>`(SELECT count(*)::int FROM ${attendance} WHERE ${attendance.bodyId} = ${activities.bodyId} AND ${attendance.activityId} = ${activities.activityId} AND ${attendance.status} = ${status})`;
  return db
    .select({
      activityId: activities.activityId,
      heldOn: activities.heldOn,
      kind: activities.kind,
      title: activities.title,
      present: counts('present'),
      absent: counts('absent'),
      excused: counts('excused'),
    })
    .from(activities)
    .where(and(eq(activities.bodyId, bodyId), dateInYear(activities.heldOn, year)))
    .orderBy(asc(activities.heldOn), asc(activities.title));
}

export async function findActivity(db: DbOrTx, bodyId: string, activityId: string) {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.bodyId, bodyId), eq(activities.activityId, activityId)));
  return row;
}

export async function findActivityByKey(
  db: DbOrTx,
  bodyId: string,
  key: { heldOn: string; kind: (typeof activities.$inferSelect)['kind']; title: string },
) {
  const [row] = await db
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.bodyId, bodyId),
        eq(activities.heldOn, key.heldOn),
        eq(activities.kind, key.kind),
        eq(activities.title, key.title),
      ),
    );
  return row;
}

export async function insertActivity(db: DbOrTx, values: typeof activities.$inferInsert) {
  const [row] = await db.insert(activities).values(values).returning();
  return row!;
}

export async function attendanceAt(db: DbOrTx, bodyId: string, activityId: string) {
  return db
    .select({ personId: attendance.personId, status: attendance.status })
    .from(attendance)
    .where(and(eq(attendance.bodyId, bodyId), eq(attendance.activityId, activityId)));
}

/** Records (or corrects) attendance; a later entry for the same person replaces the earlier. */
export async function upsertAttendance(db: DbOrTx, rows: (typeof attendance.$inferInsert)[]) {
  if (!rows.length) {
    return;
  }
  await db
    .insert(attendance)
    .values(rows)
    .onConflictDoUpdate({
      target: [attendance.bodyId, attendance.activityId, attendance.personId],
      set: {
        status: sql`excluded.status`,
        recordedBy: sql`excluded.recorded_by`,
        recordedAt: sql`excluded.recorded_at`,
      },
    });
}

export async function personIdsIn(db: DbOrTx, bodyId: string, personIds: string[]) {
  if (!personIds.length) {
    return [];
  }
  const rows = await db
    .select({ personId: people.personId })
    .from(people)
    .where(and(eq(people.bodyId, bodyId), inArray(people.personId, personIds)));
  return rows.map((r) => r.personId);
}

export async function insertOpinion(db: DbOrTx, values: typeof opinionReports.$inferInsert) {
  const [row] = await db.insert(opinionReports).values(values).returning();
  return row!;
}

export async function updateOpinion(
  db: DbOrTx,
  bodyId: string,
  reportId: string,
  patch: { adopted: boolean; adoptionLevel: string | null },
) {
  const [row] = await db
    .update(opinionReports)
    .set(patch)
    .where(and(eq(opinionReports.bodyId, bodyId), eq(opinionReports.reportId, reportId)))
    .returning();
  return row;
}

/** Years that have sessions, activities or public-opinion reports, latest first. */
export async function yearsWithDuty(db: DbOrTx, bodyId: string) {
  const rows = await db.execute<{ year: number }>(sql`
    SELECT DISTINCT y::int AS year FROM (
      SELECT extract(year FROM ${sessions.submissionDeadline} AT TIME ZONE 'Asia/Shanghai') AS y
        FROM ${sessions} WHERE ${sessions.bodyId} = ${bodyId}
      UNION SELECT extract(year FROM ${activities.heldOn}) FROM ${activities} WHERE ${activities.bodyId} = ${bodyId}
      UNION SELECT extract(year FROM ${opinionReports.submittedOn}) FROM ${opinionReports} WHERE ${opinionReports.bodyId} = ${bodyId}
    ) AS years ORDER BY year DESC`);
  const list = (rows as { rows?: { year: number }[] }).rows ?? (rows as { year: number }[]);
  return list.map((r) => Number(r.year));
}
