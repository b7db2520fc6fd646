/**
 * What a foreign key from the staff's notices to their users costs the deadline rush (decision
 * 0011). Each transaction is a submission's database work in miniature: lock one proposal-like
 * row, write one notice per staff member (recipients selected from users, as
 * `noticeInsertSql` does) and change the row. pgbench runs it with 50 clients on a durable
 * throw-away PostgreSQL server, alternating tables with and without the foreign key, and this
 * prints each run's transactions per second and the medians' ratio.
 *
 *   npm run bench:notice-lock [-- --rounds 3 --seconds 15 --staff 2,10]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPgServer } from '../../packages/server/test/pg-server.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '15' },
    staff: { type: 'string', default: '2,10' },
  },
});
const rounds = Number(args.rounds);
const staffCounts = args.staff.split(',').map(Number);

const TRANSACTION = `\\set id random(1, 100000)
BEGIN;
SELECT version FROM proposals WHERE body_id = 1 AND proposal_id = :id FOR UPDATE;
WITH noticed AS (
  INSERT INTO notifications (body_id, user_id, kind, title)
  SELECT body_id, user_id, 'submitted', '收到新提交的提案' FROM users
  WHERE body_id = 1 AND role = 'staff' AND active)
UPDATE proposals SET version = version + 1 WHERE body_id = 1 AND proposal_id = :id;
COMMIT;
`;

async function main() {
  const server = await startPgServer({ durable: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-notice-lock-'));
  const client = new pg.Client({ connectionString: server.url });
  try {
    await client.connect();
    const script = path.join(dir, 'submission.sql');
    fs.writeFileSync(script, TRANSACTION);
    const url = new URL(server.url);
    const pgbench = () => {
      const out = execFileSync(
        'pgbench',
        ['-n', '-M', 'prepared', '-c', '50', '-j', '2', '-T', args.seconds, '-f', script]
          .concat(['-h', url.hostname, '-p', url.port, '-U', decodeURIComponent(url.username)])
          .concat([url.pathname.slice(1)]),
        { env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) }, encoding: 'utf8' },
      );
      return Number(/tps = ([\d.]+)/.exec(out)![1]);
    };
    console.log(`pgbench, 50 clients, ${args.seconds} s a run, durable PostgreSQL`);
    for (const staff of staffCounts) {
      const tps: Record<'with' | 'without', number[]> = { with: [], without: [] };
      for (let round = 0; round < rounds; round++) {
        for (const kind of ['with', 'without'] as const) {
          await createTables(client, staff, kind === 'with');
          const t = pgbench();
          tps[kind].push(t);
          console.log(`${staff} staff, ${kind.padEnd(7)} the foreign key: ${t.toFixed(0)} tx/s`);
        }
      }
      const ratio = median(tps.without) / median(tps.with);
      console.log(
        `${staff} staff: median ${median(tps.with).toFixed(0)} tx/s with, ` +
          `${median(tps.without).toFixed(0)} without — ×${ratio.toFixed(2)}`,
      );
    }
  } finally {
    await client.end().catch(() => undefined);
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function createTables(client: pg.Client, staff: number, foreignKey: boolean) {
  await client.query('DROP TABLE IF EXISTS notifications, proposals, users');
  await client.query(`CREATE TABLE users (body_id int, user_id int, role text, active bool,
    PRIMARY KEY (body_id, user_id))`);
  await client.query(`INSERT INTO users SELECT 1, g, CASE WHEN g <= ${staff} THEN 'staff'
    ELSE 'member' END, true FROM generate_series(1, 5000) g`);
  await client.query(`CREATE TABLE proposals (body_id int, proposal_id int, version int,
    PRIMARY KEY (body_id, proposal_id))`);
  await client.query('INSERT INTO proposals SELECT 1, g, 0 FROM generate_series(1, 100000) g');
  await client.query(`CREATE TABLE notifications (body_id int, notification_id bigserial,
    user_id int, kind text, title text, created_at timestamptz DEFAULT now(),
    PRIMARY KEY (body_id, notification_id)
    ${foreignKey ? ', FOREIGN KEY (body_id, user_id) REFERENCES users (body_id, user_id)' : ''})`);
  await client.query('CREATE INDEX ON notifications (body_id, user_id)');
  await client.query('VACUUM ANALYZE');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await main();
