import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { diskPath } from '../src/modules/attachments/file-store.js';
import { databaseKinds, freshPgUrl, type DatabaseKind } from './databases.js';
import { HttpSession, fileForm } from './http-session.js';
import { RUSH_PASSWORD, pdfBytes, seedRushWorld, type RushWorld } from './rush-world.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

/**
 * The server is killed with SIGKILL in the middle of a deadline rush (members drafting, attaching
 * and submitting at once) and started again on the same data. Every write the clients were told
 * succeeded must be there exactly once with its file; nothing may be half-written; a client that
 * retries what it never heard back about (same Idempotency-Key) must not create a second copy.
 */

const MEMBERS = 16;
const FILE_BYTES = 256 * 1024;
/** Kill once this many submissions were acknowledged: well into the rush, with more in flight. */
const KILL_AFTER_SUBMISSIONS = 12;

interface Attempt {
  member: number;
  title: string;
  idempotencyKey: string;
  proposalId?: string;
  /** The attachment as acknowledged (201), with the checksum of what was sent. */
  attachment?: { attachmentId: string; sha256: string };
  sha256: string;
  submitted: boolean;
  /** A request of this attempt never got an answer: the server died under it. */
  cutOff: boolean;
}

/**
 * A data folder (PGlite, and the files stored on disk) or a database (PostgreSQL) the server
 * processes use in turn, with ATTACHMENT_STORAGE left to its default for the kind: files on disk
 * with PGlite, in the database with PostgreSQL.
 */
async function serverData(kind: DatabaseKind): Promise<{
  env: Record<string, string>;
  dataDir: string;
  open(): Promise<Database>;
  remove(): void;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-crash-'));
  const remove = () => fs.rmSync(dataDir, { recursive: true, force: true });
  // The server processes inherit the environment: only the default is under test.
  const env = { DATA_DIR: dataDir, ATTACHMENT_STORAGE: '', DATABASE_URL: '' };
  if (kind === 'pglite') {
    return { env, dataDir, open: () => openDatabase({ dataDir }), remove };
  }
  const url = freshPgUrl();
  const admin = new pg.Client({ connectionString: inject('pgUrl')! });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${new URL(url).pathname.slice(1)}`);
  await admin.end();
  return {
    env: { ...env, DATABASE_URL: url },
    dataDir,
    open: () => openDatabase({ databaseUrl: url }),
    remove,
  };
}

describe.each(databaseKinds())('a SIGKILL in the middle of the rush (%s)', (kind) => {
  let data: Awaited<ReturnType<typeof serverData>>;
  let world: RushWorld;
  let server: ServerProcess | undefined;
  let sessions: HttpSession[];
  const attempts: Attempt[] = [];

  beforeAll(async () => {
    data = await serverData(kind);
    const database = await data.open();
    await database.migrate();
    world = await seedRushWorld(database, MEMBERS);
    await database.close();
    server = await startServerProcess(data.env);
    sessions = await Promise.all(
      world.members.map((m) => HttpSession.login(server!.url, world.bodyCode, m, RUSH_PASSWORD)),
    );
  });

  afterAll(async () => {
    await server?.kill();
    data?.remove();
  });

  /** One member drafting, attaching and submitting, over and over, until the server is gone. */
  async function rush(member: number, session: HttpSession) {
    for (let round = 0; ; round += 1) {
      const content = pdfBytes(FILE_BYTES);
      const attempt: Attempt = {
        member,
        title: `关于完善社区养老服务的提案（${world.members[member]}-${round}）`,
        idempotencyKey: randomUUID(),
        sha256: createHash('sha256').update(content).digest('hex'),
        submitted: false,
        cutOff: false,
      };
      attempts.push(attempt);
      try {
        const draft = await session.request('POST', '/api/v1/proposals', draftBody(attempt), {
          'idempotency-key': attempt.idempotencyKey,
        });
        expect(draft.status, JSON.stringify(draft.body)).toBe(201);
        attempt.proposalId = draft.body.proposalId;
        const file = await session.request(
          'POST',
          `/api/v1/proposals/${attempt.proposalId}/attachments`,
          fileForm('材料.pdf', content),
        );
        expect(file.status, JSON.stringify(file.body)).toBe(201);
        attempt.attachment = { attachmentId: file.body.attachmentId, sha256: file.body.sha256 };
        const submit = await session.request(
          'POST',
          `/api/v1/proposals/${attempt.proposalId}/submit`,
          {},
        );
        expect(submit.status, JSON.stringify(submit.body)).toBe(200);
        attempt.submitted = true;
      } catch (err) {
        if (err instanceof TypeError) {
          // fetch failed: the connection was cut by the kill. The outcome of this step is unknown.
          attempt.cutOff = true;
          return;
        }
        throw err;
      }
    }
  }

  const draftBody = (a: Attempt) => ({
    sessionId: world.sessionId,
    title: a.title,
    problem: '社区养老服务设施不足，专业护理人员短缺。',
    suggestions: '一是增加社区养老服务设施；二是培养专业护理人员。',
  });

  it('keeps every acknowledged write exactly once after the restart, and nothing half-written', async () => {
    const started = Date.now();
    const running = sessions.map((s, i) => rush(i, s));
    const victim = server!;
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (attempts.filter((a) => a.submitted).length >= KILL_AFTER_SUBMISSIONS) {
          clearInterval(poll);
          victim.kill().then(resolve, reject);
        }
      }, 5);
    });
    await Promise.all(running);
    const acknowledged = attempts.filter((a) => a.submitted);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_SUBMISSIONS);
    // The kill really landed mid-rush: some requests never got their answer.
    expect(attempts.filter((a) => a.cutOff).length).toBeGreaterThan(0);

    console.log(
      `${kind}: killed after ${Date.now() - started} ms, ${acknowledged.length} submissions acknowledged`,
    );
    server = await startServerProcess(data.env);
    console.log(`${kind}: restarted after ${Date.now() - started} ms`);
    const after = sessions.map((s) => s.at(server!.url));

    // The clients retry what they never heard back about, with the same Idempotency-Key.
    for (const a of attempts.filter((x) => x.cutOff && !x.proposalId)) {
      const retry = await after[a.member]!.request('POST', '/api/v1/proposals', draftBody(a), {
        'idempotency-key': a.idempotencyKey,
      });
      expect(retry.status, JSON.stringify(retry.body)).toBe(201);
      a.proposalId = retry.body.proposalId;
    }

    // Each member sees each of their proposals exactly once.
    for (const [member, session] of after.entries()) {
      const list = await session.request('GET', '/api/v1/proposals?pageSize=100');
      expect(list.status).toBe(200);
      const titles = (list.body.items as { title: string }[]).map((p) => p.title).sort();
      const expected = attempts
        .filter((a) => a.member === member)
        .map((a) => a.title)
        .sort();
      expect(titles).toEqual(expected);
    }

    // Every acknowledged submission is submitted, with its one attachment, byte for byte.
    for (const a of acknowledged) {
      const session = after[a.member]!;
      const detail = await session.request('GET', `/api/v1/proposals/${a.proposalId}`);
      expect(detail.body.state).toBe('submitted');
      expect(detail.body.attachments.map((f: { attachmentId: string }) => f.attachmentId)).toEqual([
        a.attachment!.attachmentId,
      ]);
      const file = await fetch(
        `${server.url}/api/v1/proposals/${a.proposalId}/attachments/${a.attachment!.attachmentId}`,
        { headers: session.headers() },
      );
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
    }
    // An acknowledged upload whose submit was cut off is still attached to its draft.
    for (const a of attempts.filter((x) => x.attachment && !x.submitted)) {
      const detail = await after[a.member]!.request('GET', `/api/v1/proposals/${a.proposalId}`);
      expect(detail.body.attachments).toHaveLength(1);
      expect(['draft', 'submitted']).toContain(detail.body.state);
    }

    // The restarted server takes new submissions.
    const late = await after[0]!.request('POST', '/api/v1/proposals', {
      ...draftBody(attempts[0]!),
      title: '重启后提交的提案',
    });
    expect(late.status).toBe(201);
    expect(
      (await after[0]!.request('POST', `/api/v1/proposals/${late.body.proposalId}/submit`, {}))
        .status,
    ).toBe(200);

    await server.stop();
    server = undefined;
    const database = await data.open();
    try {
      expect(await storagesUsed(database, world.bodyId)).toEqual([
        kind === 'pglite' ? 'disk' : 'database',
      ]);
      expect(await halfWritten(database, world.bodyId, data.dataDir)).toEqual({
        proposalsWithoutCreateEvent: 0,
        createEventsWithoutProposal: 0,
        stateNotMatchingLastEvent: 0,
        attachmentsWithoutAttachEvent: 0,
        attachEventsWithoutAttachment: 0,
        attachmentsWithWrongChecksum: 0,
        diskFilesMissingOrWrong: 0,
        temporaryFilesLeft: 0,
        submittedWithoutAttachment: 0,
        proposalsWithoutSearchIndex: 0,
      });
    } finally {
      await database.close();
    }
  }, 240_000);
});

/** The rows of a raw query: both drivers answer with { rows }; the shared Db type does not say so. */
async function rowsOf<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await database.db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Where the body's files were kept (ATTACHMENT_STORAGE as the server processes had it). */
async function storagesUsed(database: Database, bodyId: string) {
  const rows = await rowsOf<{ storage: string }>(
    database,
    sql`SELECT DISTINCT storage FROM attachments WHERE body_id = ${bodyId}`,
  );
  return rows.map((r) => r.storage);
}

/** Rows of files kept on disk whose file is missing, or is not the bytes the row names. */
async function diskFilesMissingOrWrong(database: Database, bodyId: string, dataDir: string) {
  const rows = await rowsOf<{ sha256: string; size_bytes: number | string }>(
    database,
    sql`SELECT sha256, size_bytes FROM attachments WHERE body_id = ${bodyId} AND storage = 'disk'`,
  );
  return rows.filter((row) => {
    const file = diskPath(dataDir, bodyId, row.sha256);
    if (!fs.existsSync(file)) {
      return true;
    }
    const content = fs.readFileSync(file);
    return (
      createHash('sha256').update(content).digest('hex') !== row.sha256 ||
      content.length !== Number(row.size_bytes)
    );
  }).length;
}

/** Temporary copies of uploads (writeDurably's `*.tmp`) under the data folder. */
function temporaryFiles(dataDir: string) {
  const root = path.join(dataDir, 'attachments');
  return fs.existsSync(root)
    ? fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp'))
    : [];
}

/** Counts of everything that would betray a half-committed write (all zero when sound). */
async function halfWritten(database: Database, bodyId: string, dataDir: string) {
  const count = async (query: ReturnType<typeof sql>) =>
    Number((await rowsOf<{ n: number | string }>(database, query))[0]!.n);
  return {
    proposalsWithoutCreateEvent: await count(sql`
      SELECT count(*) AS n FROM proposals p WHERE p.body_id = ${bodyId} AND NOT EXISTS (
        SELECT 1 FROM events e WHERE e.body_id = p.body_id AND e.proposal_id = p.proposal_id
          AND e.entity = 'proposal' AND e.action = 'create')`),
    createEventsWithoutProposal: await count(sql`
      SELECT count(*) AS n FROM events e WHERE e.body_id = ${bodyId} AND e.action = 'create'
        AND e.entity = 'proposal' AND NOT EXISTS (
        SELECT 1 FROM proposals p WHERE p.body_id = e.body_id AND p.proposal_id = e.proposal_id)`),
    // The last event that changed the state says the state the proposal is in.
    stateNotMatchingLastEvent: await count(sql`
      SELECT count(*) AS n FROM proposals p WHERE p.body_id = ${bodyId} AND p.state IS DISTINCT FROM (
        SELECT e.to_state FROM events e WHERE e.body_id = p.body_id AND e.proposal_id = p.proposal_id
          AND e.entity = 'proposal' ORDER BY e.at DESC, e.event_id DESC LIMIT 1)`),
    attachmentsWithoutAttachEvent: await count(sql`
      SELECT count(*) AS n FROM attachments a WHERE a.body_id = ${bodyId} AND NOT EXISTS (
        SELECT 1 FROM events e WHERE e.body_id = a.body_id AND e.entity = 'attachment'
          AND e.action = 'attach' AND e.entity_id = a.attachment_id::text)`),
    attachEventsWithoutAttachment: await count(sql`
      SELECT count(*) AS n FROM events e WHERE e.body_id = ${bodyId} AND e.entity = 'attachment'
        AND e.action = 'attach' AND NOT EXISTS (
        SELECT 1 FROM attachments a WHERE a.body_id = e.body_id AND a.attachment_id::text = e.entity_id)`),
    // A row keeps its bytes in the database or names a file on disk, never both.
    attachmentsWithWrongChecksum: await count(sql`
      SELECT count(*) AS n FROM attachments a WHERE a.body_id = ${bodyId}
        AND CASE a.storage
          WHEN 'database' THEN a.content IS NULL OR encode(sha256(a.content), 'hex') <> a.sha256
            OR length(a.content) <> a.size_bytes
          ELSE a.content IS NOT NULL END`),
    diskFilesMissingOrWrong: await diskFilesMissingOrWrong(database, bodyId, dataDir),
    // Uploads the kill cut off may have left temporary copies; the restart clears them.
    temporaryFilesLeft: temporaryFiles(dataDir).length,
    submittedWithoutAttachment: await count(sql`
      SELECT count(*) AS n FROM proposals p WHERE p.body_id = ${bodyId} AND p.state = 'submitted'
        AND p.title <> '重启后提交的提案' AND NOT EXISTS (
        SELECT 1 FROM attachments a WHERE a.body_id = p.body_id AND a.proposal_id = p.proposal_id)`),
    proposalsWithoutSearchIndex: await count(sql`
      SELECT count(*) AS n FROM proposals p WHERE p.body_id = ${bodyId} AND NOT EXISTS (
        SELECT 1 FROM proposal_search s WHERE s.body_id = p.body_id AND s.proposal_id = p.proposal_id
          AND s.title_tokens <> '' AND s.body_tokens <> '')`),
  };
}
