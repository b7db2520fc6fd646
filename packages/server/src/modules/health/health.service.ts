import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { pingDatabase } from './health.queries.js';

export async function checkHealth(database: Database) {
  try {
    await pingDatabase(database.db);
  } catch {
    throw new AppError(
      503,
      'database_unavailable',
      '数据库不可用',
      'The database is not answering',
    );
  }
  return { status: 'ok' as const, database: database.kind };
}
