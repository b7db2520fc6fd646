import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { bodies, type BodySettings } from '../../db/schema/index.js';

/** The body's settings, its row locked until the transaction ends (two edits cannot lose one). */
export async function lockBodySettings(db: DbOrTx, bodyId: string) {
  const [row] = await db
    .select({ settings: bodies.settings })
    .from(bodies)
    .where(eq(bodies.bodyId, bodyId))
    .for('update');
  return row?.settings;
}

export async function saveBodySettings(db: DbOrTx, bodyId: string, settings: BodySettings) {
  await db.update(bodies).set({ settings }).where(eq(bodies.bodyId, bodyId));
}
