import {
  PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';
import { statementName } from './statement-names.js';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

/**
 * PGlite that names the statements the application repeats, as PreparingClient does on
 * PostgreSQL (decision 0014): PGlite's own `query` parses, describes and plans every statement
 * again, on the one thread every request shares. A named text is parsed and described once per
 * database; each later call only binds and executes it, and PostgreSQL may keep its plan.
 *
 * Everything else is PGlite's: the same locks (a query outside a transaction waits for it to end;
 * one protocol exchange at a time), the same serializers and parsers, the same results. Texts that
 * are not named (the first use, more than one statement, a COPY with a blob) go through
 * PGlite's own `query`.
 */
export class PreparingPGlite extends PGlite {
  /** Named statements this database has parsed (they last as long as it does). */
  readonly #parsed = new Set<string>();
  /** Their parameters' type ids, once described. */
  readonly #types = new Map<string, number[]>();

  override async query<T>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<Results<T>> {
    const name = this.#nameOf(sql, options);
    if (!name) {
      return super.query<T>(sql, params, options);
    }
    await this._checkReady();
    return this._runExclusiveTransaction(() => this.#run<T>(name, sql, params ?? [], options));
  }

  override async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction((tx) => callback(this.#preparing(tx)));
  }

  /** The transaction PGlite hands out, with its `query` going through the named statements. */
  #preparing(tx: Transaction): Transaction {
    const query = async <R>(sql: string, params?: unknown[], options?: QueryOptions) => {
      const name = this.#nameOf(sql, options);
      if (!name) {
        return tx.query<R>(sql, params, options);
      }
      if (tx.closed) {
        throw new Error('Transaction is closed');
      }
      return this.#run<R>(name, sql, params ?? [], options);
    };
    return Object.create(tx, { query: { value: query } }) as Transaction;
  }

  #nameOf(sql: string, options?: QueryOptions) {
    // A blob is PGlite's COPY device, which its own query feeds.
    return options?.blob ? undefined : statementName(sql);
  }

  /** PGlite's extended-protocol exchange, with Parse and Describe only the first time. */
  async #run<T>(
    name: string,
    sql: string,
    params: unknown[],
    options?: QueryOptions,
  ): Promise<Results<T>> {
    const exchange = { syncToFs: false, onNotice: options?.onNotice };
    const send = (message: Uint8Array) => this.execProtocolStream(message, exchange);
    const { serialize } = protocol;
    return this._runExclusiveQuery(async () => {
      const messages: BackendMessage[] = [];
      try {
        let types = this.#types.get(name);
        if (!types) {
          // Recorded as soon as PostgreSQL has it, whatever follows: parsing a name twice fails,
          // and a parsed statement outlives an error or a rolled-back transaction.
          if (!this.#parsed.has(name)) {
            await send(serialize.parse({ name, text: sql, types: options?.paramTypes }));
            this.#parsed.add(name);
          }
          types = parse.parseDescribeStatementResults(
            await send(serialize.describe({ type: 'S', name })),
          );
          this.#types.set(name, types);
        }
        const values = params.map((value, i) => {
          if (value === null || value === undefined) {
            return null;
          }
          const type = types[i]!;
          const serializer = options?.serializers?.[type] ?? this.serializers[type];
          // As in PGlite's own query: a type without a serializer is sent as its toString().
          return serializer ? serializer(value) : (value as { toString(): string }).toString();
        });
        messages.push(
          ...(await send(serialize.bind({ statement: name, values }))),
          ...(await send(serialize.describe({ type: 'P' }))),
          ...(await send(serialize.execute({}))),
        );
      } finally {
        messages.push(...(await send(serialize.sync())));
      }
      if (!this.isInTransaction()) {
        await this.syncToFs();
      }
      return parse.parseResults(messages, this.parsers, options)[0] as Results<T>;
    });
  }
}
