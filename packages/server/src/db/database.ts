import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { PreparingPGlite } from './preparing-pglite.js';
import { statementName } from './statement-names.js';

/**
 * The query interface shared by both drivers; services are written against this alone. Without
 * Drizzle's relational `db.query` API (unused here): given the schema, Drizzle builds a query
 * object per table for every transaction, which the deadline rush's profile showed.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT>;
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Apply pending migrations (idempotent; serialised across processes on PostgreSQL). */
  migrate(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'migrations',
);

export interface OpenOptions {
  /** postgres://… for a server; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` or undefined with `inMemory` for tests. */
  dataDir?: string;
  inMemory?: boolean;
  /** Who is opening the folder, written into the lock so a refused opener can be told. */
  command?: string;
  poolSize?: number;
  /** Called with every SQL statement (for the tests that check each one is scoped to a body). */
  onQuery?: (sql: string) => void;
  /**
   * PGlite's class; the server always uses `PreparingPGlite`. The benchmark of named statements
   * (bench/load/pglite-statements.ts) passes PGlite's own, to compare on an otherwise equal client.
   */
  pgliteClass?: typeof PGlite;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    return openPostgres(opts.databaseUrl, opts.poolSize ?? 10, opts.onQuery);
  }
  return openPglite(opts);
}

async function openPostgres(
  url: string,
  poolSize: number,
  onQuery?: (sql: string) => void,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, Client: PreparingClient });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next checkout.
  });
  const logger = onQuery ? { logQuery: (q: string) => onQuery(q) } : undefined;
  const db = drizzlePg(pool, { casing: 'snake_case', logger }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    close: () => pool.end(),
    async migrate() {
      const client = await pool.connect();
      try {
        // Several server processes may start at once; only one applies migrations at a time.
        await client.query('SELECT pg_advisory_lock(7263001)');
        await migratePg(drizzlePg(client, { casing: 'snake_case' }), {
          migrationsFolder: MIGRATIONS_FOLDER,
        });
      } finally {
        await client.query('SELECT pg_advisory_unlock(7263001)').catch(() => undefined);
        client.release();
      }
    },
  };
}

/**
 * A node-postgres client that names the statements the application repeats, so that PostgreSQL
 * parses and plans each once per connection instead of on every call (Drizzle sends unnamed
 * ones): at the deadline rush this halved the database's CPU per submission (docs/performance.md).
 * Which texts are named, and when: `statement-names.ts`. PGlite does the same (`preparing-pglite.ts`).
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [config] = args;
    if (isUnnamedQuery(config)) {
      const name = statementName(config.text);
      if (name) {
        args[0] = { ...config, name };
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

function isUnnamedQuery(config: unknown): config is { text: string; name?: string } {
  return (
    typeof config === 'object' &&
    config !== null &&
    // A plain query config only: a Submittable (pg-cursor, pg-query-stream) must keep its class.
    Object.getPrototypeOf(config) === Object.prototype &&
    typeof (config as { text?: unknown }).text === 'string' &&
    !(config as { name?: unknown }).name
  );
}

/** PostgreSQL's type id of bytea. */
const BYTEA = 17;

/**
 * PGlite's own bytea codecs turn every byte into a string of its own (`Array.from(bytes).map(…)`):
 * 0.8 s of the server's one thread to store a 2 MB attachment and 0.4 s to read it, during which
 * nothing else runs. Node's hex codec does the same in 0.15 s and 0.02 s (docs/performance.md).
 */
const PGLITE_OPTIONS = {
  // btree_gin: the search index leads with the body (migration 0015), as on PostgreSQL.
  extensions: { btree_gin },
  serializers: {
    [BYTEA]: (bytes: unknown) => {
      const b = bytes as Uint8Array;
      return `\\x${Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')}`;
    },
  },
  parsers: { [BYTEA]: (text: string) => Buffer.from(text.slice(2), 'hex') },
};

async function openPglite(opts: OpenOptions): Promise<Database> {
  const Client = opts.pgliteClass ?? PreparingPGlite;
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (opts.inMemory || !opts.dataDir) {
    client = new Client(PGLITE_OPTIONS);
  } else {
    lock = acquireDataDirLock(opts.dataDir, opts.command ?? process.argv.slice(1).join(' '));
    const pgdata = path.join(opts.dataDir, 'pgdata');
    fs.mkdirSync(pgdata, { recursive: true });
    try {
      client = new Client(pgdata, PGLITE_OPTIONS);
      await client.waitReady;
    } catch (err) {
      lock.release();
      throw err;
    }
  }
  await client.waitReady;
  // Make the planner use GIN/btree indexes on a small embedded store (see stack measurements).
  await client.exec('SET random_page_cost = 1.1');
  const logger = opts.onQuery ? { logQuery: (q: string) => opts.onQuery!(q) } : undefined;
  const db = drizzlePglite(client, { casing: 'snake_case', logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
    async migrate() {
      await migratePglite(drizzlePglite(client, { casing: 'snake_case' }), {
        migrationsFolder: MIGRATIONS_FOLDER,
      });
    },
  };
}
