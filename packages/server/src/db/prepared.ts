import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgSession } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db, DbOrTx } from './database.js';

/**
 * Statements that run on every request or every submission, built by Drizzle once and bound to
 * whichever pool, connection or transaction runs them.
 *
 * Why: Drizzle builds a query's SQL anew on each call, and under the deadline rush that building
 * (its `is()` type checks above all) was the largest share of the server's CPU per submission —
 * 85–290 µs per statement on this machine against about 2 µs for a built one (docs/performance.md).
 *
 *   const findThing = prepared<{ bodyId: string; id: string }>()((db) =>
 *     db.select().from(things).where(and(eq(things.bodyId, arg('bodyId')), eq(things.id, arg('id')))));
 *   const rows = await findThing(tx, { bodyId, id });
 *
 * Every value that changes between calls must be an `arg(…)`: anything else is fixed at the first
 * call. A placeholder compared with `eq`/`gt` is sent as given (no column encoding), so pass
 * timestamps as ISO strings there; values of `insert().values()` and `update().set()` are encoded
 * by their column as usual. A column with `$defaultFn` or `$onUpdate` would have its value fixed
 * at the first call too: the schema has none, and a statement for such a table must pass it.
 */
export const arg = (name: string): Placeholder => sql.placeholder(name);

type PrepareArgs = Parameters<PgSession['prepareQuery']>;

interface Captured {
  args: PrepareArgs;
  /** Set by Drizzle on a select's prepared query: which joined tables may be null. */
  joinsNotNullableMap?: Record<string, boolean>;
}

/** A statement built once; call it with the database or transaction and the placeholders' values. */
export type Prepared<V, R> = (db: DbOrTx, values: V) => Promise<R>;

export function prepared<V extends Record<string, unknown>>() {
  return <R>(build: (db: Db) => PromiseLike<R>): Prepared<V, R> => {
    let captured: Promise<Captured> | undefined;
    return async (db, values) => {
      const c = await (captured ??= capture(build));
      const query = db._.session.prepareQuery(...c.args);
      if (c.joinsNotNullableMap) {
        (query as unknown as Captured).joinsNotNullableMap = c.joinsNotNullableMap;
      }
      return query.execute(values) as Promise<R>;
    };
  };
}

/**
 * For inserts and updates whose columns vary from call to call: one prepared statement per set of
 * columns given, and per column given as null (written as NULL: a column's encoder does not take
 * null). `build` receives the row with a placeholder for each value; `values` fills the others.
 * At most `maxShapes` shapes are kept; a rarer one is built on each call, as without this.
 */
export function preparedRow<V extends Record<string, unknown>>(maxShapes = 50) {
  return <R>(build: (row: Record<string, Placeholder | SQL>) => (db: Db) => PromiseLike<R>) => {
    const byShape = new Map<string, Prepared<Record<string, unknown>, R>>();
    return (db: DbOrTx, row: Record<string, unknown>, values: V): Promise<R> => {
      const keys = Object.keys(row).filter((k) => row[k] !== undefined);
      const shape = keys.map((k) => (row[k] === null ? `${k}:null` : k)).join(',');
      let statement = byShape.get(shape);
      if (!statement) {
        const placeholders = Object.fromEntries(
          keys.map((k) => [k, row[k] === null ? sql`NULL` : arg(`row.${k}`)]),
        );
        statement = prepared<Record<string, unknown>>()(build(placeholders));
        if (byShape.size < maxShapes) {
          byShape.set(shape, statement);
        }
      }
      const all: Record<string, unknown> = { ...values };
      for (const k of keys) {
        all[`row.${k}`] = row[k];
      }
      return statement(db, all);
    };
  };
}

/**
 * Runs the builder against a database whose session only records what it is asked to prepare:
 * the built SQL, its parameters (placeholders among them) and how to map the rows. Every kind of
 * statement — select, insert, update, delete, `execute(sql…)` — reaches its driver through
 * `prepareQuery`, so this is the one place where the built form can be taken.
 */
async function capture(build: (db: Db) => PromiseLike<unknown>): Promise<Captured> {
  const recorder = drizzle({ client: {} as pg.Pool, casing: 'snake_case' }) as unknown as Db;
  let captured: Captured | undefined;
  recorder._.session.prepareQuery = ((...args: PrepareArgs) => {
    const query = {
      args,
      setToken: () => query,
      execute: () => Promise.resolve([]),
    };
    captured = query;
    return query;
  }) as unknown as PgSession['prepareQuery'];
  await build(recorder);
  if (!captured) {
    throw new Error('prepared(): the builder ran no statement');
  }
  return captured;
}
