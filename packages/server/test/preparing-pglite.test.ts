import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparingPGlite } from '../src/db/preparing-pglite.js';

/** The statements the database holds under a name (PostgreSQL's own view of the session). */
async function namedStatements(db: PGlite) {
  const { rows } = await db.query<{ name: string }>(
    'SELECT name FROM pg_prepared_statements WHERE name LIKE $1 ORDER BY name',
    ['jianyan_%'],
  );
  return rows.map((r) => r.name);
}

describe('PGlite with named statements', () => {
  let db: PreparingPGlite;
  let plain: PGlite;
  const setup = `CREATE TABLE notes (id int PRIMARY KEY, title text NOT NULL, at timestamptz,
    tags text[], data jsonb, file bytea)`;

  beforeAll(async () => {
    db = new PreparingPGlite();
    plain = new PGlite();
    await Promise.all([db.exec(setup), plain.exec(setup)]);
  });
  afterAll(async () => {
    await Promise.all([db.close(), plain.close()]);
  });

  it('answers a repeated statement exactly as PGlite does, values of every kind included', async () => {
    const insert = 'INSERT INTO notes VALUES ($1, $2, $3, $4, $5, $6) RETURNING *';
    const select = 'SELECT * FROM notes WHERE id = $1';
    const rows = [
      [
        1,
        '关于发展低空经济的提案',
        new Date('2026-01-10T02:00:00Z'),
        ['低空', '经济'],
        { a: 1 },
        null,
      ],
      [2, '', null, [], { 中文: ['是'] }, new Uint8Array([0, 1, 255])],
      [3, '第三件', new Date('2026-03-01T00:00:00Z'), null, null, new Uint8Array([7])],
    ];
    for (const row of rows) {
      const [mine, theirs] = await Promise.all([db.query(insert, row), plain.query(insert, row)]);
      expect(mine.rows).toEqual(theirs.rows);
      const [again, theirsAgain] = await Promise.all([
        db.query(select, [row[0]], { rowMode: 'array' }),
        plain.query(select, [row[0]], { rowMode: 'array' }),
      ]);
      expect(again.rows).toEqual(theirsAgain.rows);
      expect(again.fields).toEqual(theirsAgain.fields);
    }
    // Named on its second use; the first went through PGlite's own query.
    expect(await namedStatements(db)).toHaveLength(2);
  });

  it('keeps a statement usable after a failed call and after a rolled-back transaction', async () => {
    const insert = 'INSERT INTO notes (id, title) VALUES ($1, $2)';
    await db.query(insert, [10, '一']);
    await db.query(insert, [11, '二']);
    // A duplicate key fails with PostgreSQL's error, and the next call still works.
    await expect(db.query(insert, [11, '重复'])).rejects.toMatchObject({ code: '23505' });
    await db.query(insert, [12, '三']);
    // In a transaction that is rolled back, the row goes and the named statement stays.
    await expect(
      db.transaction(async (tx) => {
        await tx.query(insert, [13, '四']);
        await tx.query(insert, [13, '四']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    await db.transaction(async (tx) => {
      await tx.query(insert, [14, '五']);
    });
    const { rows } = await db.query<{ id: number }>(
      'SELECT id FROM notes WHERE id >= 10 ORDER BY id',
    );
    expect(rows.map((r) => r.id)).toEqual([10, 11, 12, 14]);
  });

  it('lets a query outside a transaction wait until the transaction ends', async () => {
    const count = 'SELECT count(*)::int AS n FROM notes WHERE id >= 100';
    await db.query(count);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tx = db.transaction(async (t) => {
      await t.query('INSERT INTO notes (id, title) VALUES ($1, $2)', [100, '事务内']);
      await held;
    });
    // Sent while the transaction is open, answered after its commit: it sees the row.
    const outside = db.query<{ n: number }>(count);
    release();
    await tx;
    expect((await outside).rows[0]!.n).toBe(1);
  });
});
