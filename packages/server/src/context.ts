import type { Config } from './config.js';
import type { DbOrTx } from './db/database.js';
import type { Actor } from './modules/auth/actor.js';

/** What every service call receives: the database (or the open transaction), the clock, the config. */
export interface BaseContext {
  db: DbOrTx;
  /** The clock; tests pass a controllable one. */
  now: () => Date;
  config: Config;
}

/** A service call made by an authenticated caller. */
export interface ServiceContext extends BaseContext {
  actor: Actor;
}

/** Runs `fn` in a transaction (a savepoint when the context already holds one). */
export function inTransaction<T>(ctx: BaseContext, fn: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn(tx));
}
