import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';

export async function pingDatabase(db: Db) {
  await db.execute(sql`SELECT 1`);
}
