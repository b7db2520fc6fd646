import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** The databases every database test runs against: the embedded one, and PostgreSQL unless skipped. */
export function databaseKinds(): DatabaseKind[] {
  return inject('pgUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database of the given kind (a new database on the shared server for PostgreSQL). */
export async function freshDatabase(
  kind: DatabaseKind,
  /** A PGlite data folder, for tests that close the database and open it again. */
  dataDir?: string,
): Promise<Database & { url?: string }> {
  if (kind === 'pglite') {
    const database = await openDatabase(dataDir ? { dataDir } : { inMemory: true });
    await database.migrate();
    return database;
  }
  const url = freshPgUrl();
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: inject('pgUrl')! });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: url, poolSize: 20 });
  await database.migrate();
  return Object.assign(database, { url });
}

/** A URL for a not-yet-created database on the shared test server. */
export function freshPgUrl(): string {
  const base = inject('pgUrl');
  if (!base) {
    throw new Error('no PostgreSQL server for this run');
  }
  const url = new URL(base);
  url.pathname = `/t_${randomBytes(6).toString('hex')}`;
  return url.toString();
}
