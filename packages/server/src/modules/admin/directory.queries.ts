import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { organisations, people, units, users } from '../../db/schema/index.js';

export async function listUnits(db: DbOrTx, bodyId: string) {
  return db
    .select()
    .from(units)
    .where(eq(units.bodyId, bodyId))
    .orderBy(asc(units.sortOrder), asc(units.name));
}

export async function findUnitByName(db: DbOrTx, bodyId: string, name: string) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.bodyId, bodyId), eq(units.name, name)));
  return row;
}

export async function insertUnit(db: DbOrTx, values: typeof units.$inferInsert) {
  const [row] = await db.insert(units).values(values).returning();
  return row!;
}

export async function updateUnit(
  db: DbOrTx,
  bodyId: string,
  unitId: string,
  patch: Partial<typeof units.$inferInsert>,
) {
  const [row] = await db
    .update(units)
    .set(patch)
    .where(and(eq(units.bodyId, bodyId), eq(units.unitId, unitId)))
    .returning();
  return row;
}

export async function insertPerson(db: DbOrTx, values: typeof people.$inferInsert) {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

export async function findOrCreateOrganisation(
  db: DbOrTx,
  bodyId: string,
  name: string,
  kind: (typeof organisations.$inferInsert)['kind'],
) {
  const [existing] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.bodyId, bodyId), eq(organisations.name, name)));
  if (existing) {
    return existing;
  }
  const [row] = await db.insert(organisations).values({ bodyId, name, kind }).returning();
  return row!;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(
  db: DbOrTx,
  bodyId: string,
  userId: string,
  patch: Partial<typeof users.$inferInsert>,
) {
  const [row] = await db
    .update(users)
    .set(patch)
    .where(and(eq(users.bodyId, bodyId), eq(users.userId, userId)))
    .returning();
  return row;
}

const userColumns = {
  userId: users.userId,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  unitId: users.unitId,
  unitName: units.name,
  personId: users.personId,
  sector: people.sector,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  email: users.email,
  active: users.active,
  lockedUntil: users.lockedUntil,
};

export async function listUsers(db: DbOrTx, bodyId: string, filter: { role?: string; q?: string }) {
  const conds = [eq(users.bodyId, bodyId)];
  if (filter.role) {
    conds.push(eq(users.role, filter.role as 'proposer'));
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(users.displayName, like), ilike(users.username, like))!);
  }
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(units, and(eq(units.bodyId, users.bodyId), eq(units.unitId, users.unitId)))
    .leftJoin(people, and(eq(people.bodyId, users.bodyId), eq(people.personId, users.personId)))
    .leftJoin(
      organisations,
      and(
        eq(organisations.bodyId, users.bodyId),
        eq(organisations.organisationId, users.organisationId),
      ),
    )
    .where(and(...conds))
    .orderBy(asc(users.role), asc(users.displayName))
    .limit(500);
}
