import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createWorld, draftFor, type World } from './harness.js';
import { HttpSession, fileForm } from './http-session.js';
import { RUSH_PASSWORD, pdfBytes, seedRushWorld, type RushWorld } from './rush-world.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

/**
 * `jianyan serve --workers 3`: three server processes on one port and one PostgreSQL. Members
 * write through all three at once; every write is stored once. Every process runs the
 * scheduler, and each overdue escalation is still sent once.
 */

const WORKERS = 3;
const MEMBERS = 24;
const PROPOSALS_EACH = 2;
const OVERDUE = 4;

describe.skipIf(!inject('pgUrl'))('several server processes on one PostgreSQL', () => {
  let w: World;
  let rush: RushWorld;
  let server: ServerProcess | undefined;
  const assigned: string[] = [];

  beforeAll(async () => {
    // Proposals assigned in March 2025 with the reply due in June 2025: long overdue today.
    w = await createWorld('postgres');
    const [member, staff] = await w.loginAs('alpha', ['member', 'staff'] as const);
    w.clock.set('2025-03-14T09:00:00+08:00');
    for (let i = 0; i < OVERDUE; i += 1) {
      const draft = draftFor(w.bodies.a.sessionId, `关于加强校园安全管理的提案（${i + 1}）`);
      const p = (await member.post('/api/v1/proposals', draft)).body;
      await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
      await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
        categoryId: w.bodies.a.categories[0]!.categoryId,
      });
      const res = await staff.post(`/api/v1/proposals/${p.proposalId}/assign`, {
        units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
      });
      expect(res.status).toBe(200);
      assigned.push(p.proposalId);
    }
    rush = await seedRushWorld(w.database, MEMBERS);
    // The in-process app is done; from here on only the server processes serve this database.
    await w.app.close();
    server = await startServerProcess(
      { DATABASE_URL: (w.database as { url?: string }).url!, SCHEDULER_INTERVAL_SECONDS: '1' },
      ['--workers', String(WORKERS)],
    );
  });

  afterAll(async () => {
    await server?.kill();
    await w?.database.close();
  });

  it('stores every concurrent write once, whichever process took it', async () => {
    const url = server!.url;
    const sessions = await Promise.all(
      rush.members.map((m) => HttpSession.login(url, rush.bodyCode, m, RUSH_PASSWORD)),
    );
    const servedBy = new Set<string>();
    const file = pdfBytes(64 * 1024);
    const titles = await Promise.all(
      sessions.flatMap((s, member) =>
        Array.from({ length: PROPOSALS_EACH }, async (_, n) => {
          const title = `关于优化公交线网的提案（${rush.members[member]}-${n}）`;
          const draft = await s.request('POST', '/api/v1/proposals', {
            ...draftFor(rush.sessionId),
            title,
          });
          expect(draft.status, JSON.stringify(draft.body)).toBe(201);
          const id = draft.body.proposalId as string;
          const attach = await s.request(
            'POST',
            `/api/v1/proposals/${id}/attachments`,
            fileForm('线网图.pdf', file),
          );
          expect(attach.status, JSON.stringify(attach.body)).toBe(201);
          const submit = await s.request('POST', `/api/v1/proposals/${id}/submit`, {});
          expect(submit.status, JSON.stringify(submit.body)).toBe(200);
          for (const res of [draft, attach, submit]) {
            servedBy.add(res.headers.get('x-jianyan-worker') ?? 'none');
          }
          return title;
        }),
      ),
    );
    // The port spread the requests over every process.
    expect([...servedBy].sort()).toEqual(
      Array.from({ length: WORKERS }, (_, i) => String(i + 1)).sort(),
    );
    const stored = await rows<{ title: string; state: string; files: number }>(
      w.database,
      sql`SELECT p.title, p.state, (SELECT count(*)::int FROM attachments a
            WHERE a.body_id = p.body_id AND a.proposal_id = p.proposal_id) AS files
          FROM proposals p WHERE p.body_id = ${rush.bodyId} ORDER BY p.title`,
    );
    expect(stored).toEqual(
      [...titles].sort().map((title) => ({ title, state: 'submitted', files: 1 })),
    );
  });

  it('sends each overdue escalation once, though every process runs the scheduler', async () => {
    const escalations = () =>
      rows<{ proposalId: string; n: number }>(
        w.database,
        sql`SELECT proposal_id AS "proposalId", count(*)::int AS n FROM events
            WHERE body_id = ${w.bodies.a.bodyId} AND action = 'overdue_escalation'
            GROUP BY proposal_id ORDER BY proposal_id`,
      );
    const deadline = Date.now() + 30_000;
    while ((await escalations()).length < OVERDUE && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
    }
    // Several more passes of all three schedulers: nothing may be sent again.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await escalations()).toEqual(
      [...assigned].sort().map((proposalId) => ({ proposalId, n: 1 })),
    );
    // The unit's leader and the body's staff: one notice per person and proposal.
    const notices = await rows<{ n: number; people: number }>(
      w.database,
      sql`SELECT count(*)::int AS n, count(DISTINCT (user_id, proposal_id))::int AS people
          FROM notifications WHERE body_id = ${w.bodies.a.bodyId} AND kind = 'overdue'`,
    );
    expect(notices[0]!.n).toBe(notices[0]!.people);
    expect(notices[0]!.n).toBe(OVERDUE * 2); // edu-leader, staff
  });

  it('stops every process on SIGTERM', async () => {
    await server!.stop();
    expect(server!.child.exitCode).toBe(0);
    server = undefined;
  });
});

describe('several server processes on the embedded database', () => {
  it('are refused: a PGlite folder has one owner', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-workers-'));
    try {
      await expect(startServerProcess({ DATA_DIR: dataDir }, ['--workers', '2'])).rejects.toThrow(
        /--workers needs PostgreSQL \(set DATABASE_URL\)/,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function rows<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await database.db.execute(query);
  return (result as { rows: T[] }).rows;
}
