/**
 * The night before the deadline: every member logs in, drafts, attaches a 2 MB file and submits,
 * while staff search and export. Driven by autocannon over loopback against the real server
 * (`jianyan serve` in its own process), bounded by time and by request count.
 *
 *   npm run bench:load -- --db pglite|postgres [--members 2000] [--seconds 60] [--connections 50]
 *                         [--file-mb 2] [--workers N]  (N server processes, PostgreSQL only)
 *                         [--attachments database|disk]  (ATTACHMENT_STORAGE; by default the
 *                           server's: disk with PGlite, the database with PostgreSQL)
 *                         [--staff on|off]  (off: the CPU per submission is the submissions' own)
 *                         [--pg-durability on|off]  (off: PostgreSQL without fsync, as in the tests)
 *                         [--pg-connection tcp|socket]  (socket: the Unix socket, PostgreSQL on the same machine)
 *                         [--generator autocannon|wrk]  (wrk: Debian's wrk sends the submissions — less
 *                                                        of the two cores for the load generator)
 *                         [--arrive-within S]  (the members click 提交 at their own moments, spread
 *                           evenly over S seconds, instead of all at once: arrivals.ts)
 *
 * Two phases, so that submissions are measured on their own: Argon2 at login costs CPU by
 * design and would otherwise hide what a submission costs.
 *   1. prepare — each member: log in → create a draft → attach the file (real session cookie
 *      and CSRF token, as the web app sends them);
 *   2. submit  — every prepared member submits, all at once, as in the last minutes.
 * Staff search and export on their own connections throughout both phases.
 *
 * Setup (not measured): a body, a session, two staff and the members, inserted through the
 * services and in bulk, into a fresh PGlite data folder or a throw-away PostgreSQL cluster.
 * The goals it reports on (issue #8): no errors, submission p95 < 200 ms, ≥ 500 submissions/s
 * on PostgreSQL. See docs/performance.md for the latest figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { and, count, eq } from 'drizzle-orm';
import { attachmentStorageFrom } from '../../packages/server/src/config.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { attachments, proposals } from '../../packages/server/src/db/schema/index.js';
import { startPgServer, type PgServer } from '../../packages/server/test/pg-server.js';
import { HttpSession } from '../../packages/server/test/http-session.js';
import { postmasterPid, treeCpuMs } from './cpu-time.js';
import { LatencyBook } from './latency-book.js';
import { TOPICS, proposalText } from './proposal-text.js';
import { submitWithWrk } from './wrk-submit.js';
import { submitOnArrival } from './arrivals.js';
import {
  RUSH_PASSWORD,
  STAFF_USERNAMES,
  pdfBytes,
  seedRushWorld,
} from '../../packages/server/test/rush-world.js';
import {
  startServerProcess,
  type ServerProcess,
} from '../../packages/server/test/server-process.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    members: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    'file-mb': { type: 'string', default: '2' },
    workers: { type: 'string', default: '1' },
    // No default here: unset, the server chooses (attachmentStorageFrom in config.ts).
    attachments: { type: 'string' },
    staff: { type: 'string', default: 'on' },
    'pg-durability': { type: 'string', default: 'on' },
    'pg-connection': { type: 'string', default: 'tcp' },
    generator: { type: 'string', default: 'autocannon' },
    'arrive-within': { type: 'string' },
  },
});
const db = args.db === 'postgres' ? 'postgres' : 'pglite';
const memberCount = Number(args.members);
const seconds = Number(args.seconds);
const connections = Math.min(Number(args.connections), memberCount);
const fileBytes = Math.round(Number(args['file-mb']) * 1024 * 1024);
const workers = Number(args.workers);
/**
 * ATTACHMENT_STORAGE of the server: files in the database or under DATA_DIR. Without
 * --attachments the server's own default for the database (disk with PGlite, the database with
 * PostgreSQL); a value the server would refuse stops the script here with the server's error.
 */
const storage = attachmentStorageFrom(args.attachments, db);
const withStaff = args.staff !== 'off';
/** PostgreSQL flushes every commit by default, as a real installation must; off as in the tests. */
const durability = args['pg-durability'] === 'off' ? 'off' : 'on';
/** How the server reaches PostgreSQL: loopback TCP, or the Unix socket (same machine, cheaper). */
const pgConnection = args['pg-connection'] === 'socket' ? 'socket' : 'tcp';
/** What sends the submissions; the other requests are always autocannon's. */
const generator = args.generator === 'wrk' ? 'wrk' : 'autocannon';
/**
 * Unset: every member submits at once, on --connections connections kept busy (how many the
 * server can take). Set: the clicks are spread over this many seconds (what members wait at the
 * rush's pace).
 */
const arriveWithin =
  args['arrive-within'] === undefined ? undefined : Number(args['arrive-within']);
if (arriveWithin !== undefined && !(arriveWithin > 0)) {
  throw new Error(`--arrive-within: a number of seconds above 0, not ${args['arrive-within']}`);
}

/**
 * The phase under way. The staff's answers are filed by the phase they came in (`search@1`,
 * `search@2`): while members submit, the staff's waits are the ones to compare.
 */
let phase: 1 | 2 = 1;
const STAFF_KINDS = new Set(['search', 'export']);
/**
 * Called on every answer to a submission sent by autocannon. autocannon reports that it is done
 * only at its next one-second tick, which would add up to a second to a phase of a few seconds.
 */
let onSubmitAnswered: (() => void) | undefined;

/** Other work on the machine skews the figures; the report says how busy it was. */
let loadBefore: number[] = [];

interface Member {
  username: string;
  cookie?: string;
  csrf?: string;
  proposalId?: string;
  attached?: boolean;
}

async function main() {
  let pg: PgServer | undefined;
  let dataDir: string | undefined;
  let server: ServerProcess | undefined;
  try {
    const env: Record<string, string> = { ATTACHMENT_STORAGE: storage };
    // Attachments on disk (and PGlite's files) go to a throw-away folder.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-rush-'));
    env.DATA_DIR = dataDir;
    if (db === 'postgres') {
      pg = await startPgServer({ durable: durability === 'on' });
      env.DATABASE_URL = pgConnection === 'socket' ? pg.socketUrl : pg.url;
    }
    const setupStarted = Date.now();
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    await database.migrate();
    const world = await seedRushWorld(database, memberCount);
    await database.close();
    console.log(`setup: ${memberCount} members in ${Date.now() - setupStarted} ms`);

    loadBefore = os.loadavg();
    server = await startServerProcess(env, workers > 1 ? ['--workers', String(workers)] : []);
    const url = server.url;
    const staff = await Promise.all(
      STAFF_USERNAMES.map((u) => HttpSession.login(url, world.bodyCode, u, RUSH_PASSWORD)),
    );
    const file = pdfBytes(fileBytes);
    const pgPid = pg ? postmasterPid(Number(new URL(pg.url).port)) : undefined;
    const serverPid = server.child.pid!;
    const cpu = () => ({
      server: treeCpuMs(serverPid),
      pg: pgPid ? treeCpuMs(pgPid) : 0,
      // autocannon runs in this process: what the load generator takes from the same cores.
      loadGenerator: cpuOfThisProcessMs(),
    });
    const members: Member[] = world.members.map((username) => ({ username }));
    const book = new LatencyBook();
    // Each phase gets --seconds; the staff run through both.
    const phaseEnd = () => Date.now() + seconds * 1000;

    // Staff in the background: two searching, one exporting the session's list (about once a second).
    const staffRuns = withStaff
      ? [
          run(book, {
            url,
            connections: 2,
            connectionRate: 5,
            duration: 2 * seconds,
            requests: TOPICS.map((t) => ({
              kind: 'search',
              method: 'GET',
              path: `/api/v1/search?q=${encodeURIComponent(t)}&sessionId=${world.sessionId}`,
              headers: staff[0]!.headers(),
            })),
          }),
          run(book, {
            url,
            connections: 1,
            connectionRate: 1,
            duration: 2 * seconds,
            requests: [
              {
                kind: 'export',
                method: 'GET',
                path: `/api/v1/proposals/export.xlsx?sessionId=${world.sessionId}`,
                headers: staff[1]!.headers(),
              },
            ],
          }),
        ]
      : [];

    // Phase 1: log in, draft, attach — one member after another on each connection.
    let next = 0;
    const cpuAtStart = cpu();
    const prepareStarted = Date.now();
    const prepare = run(
      book,
      {
        url,
        connections,
        amount: memberCount * 3,
        requests: [
          {
            kind: 'login',
            method: 'POST',
            path: '/api/v1/auth/login',
            setupRequest: (req: any, ctx: any) => {
              const m = members[next++];
              if (!m) {
                // Every member is on their way (some flows ended early): pad with a cheap read.
                ctx.spare = true;
                return { ...req, method: 'GET', path: '/api/v1/health' };
              }
              ctx.member = m;
              return {
                ...req,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                  body: world.bodyCode,
                  username: m.username,
                  password: RUSH_PASSWORD,
                }),
              };
            },
            onResponse: (status: number, body: string, ctx: any, headers: any) => {
              const m = ctx.member as Member | undefined;
              if (m && status === 200) {
                const setCookie = [headers['set-cookie'] ?? headers['Set-Cookie']].flat()[0];
                m.cookie = String(setCookie).split(';')[0];
                m.csrf = (JSON.parse(body) as { csrfToken: string }).csrfToken;
              }
            },
          },
          {
            kind: 'draft',
            method: 'POST',
            path: '/api/v1/proposals',
            setupRequest: (req: any, ctx: any) => {
              const m = ctx.member as Member | undefined;
              if (!m?.cookie) {
                return null; // login failed: on to the next member
              }
              const topic = TOPICS[next % TOPICS.length];
              return {
                ...req,
                headers: memberHeaders(m, 'application/json'),
                body: JSON.stringify({
                  sessionId: world.sessionId,
                  title: `关于加强${topic}工作的提案（${m.username}）`,
                  problem: `当前${topic}方面仍存在资源不足、保障不够、服务不均等问题。${proposalText(next, 0)}`,
                  suggestions: `一是加大${topic}投入；二是完善${topic}政策。${proposalText(next, 1)}`,
                }),
              };
            },
            onResponse: (status: number, body: string, ctx: any) => {
              if (status === 201) {
                (ctx.member as Member).proposalId = (
                  JSON.parse(body) as { proposalId: string }
                ).proposalId;
              }
            },
          },
          {
            kind: 'attach',
            method: 'POST',
            setupRequest: (req: any, ctx: any) => {
              const m = ctx.member as Member | undefined;
              if (!m?.proposalId) {
                return null;
              }
              const boundary = `----rush${m.username}`;
              return {
                ...req,
                path: `/api/v1/proposals/${m.proposalId}/attachments`,
                headers: memberHeaders(m, `multipart/form-data; boundary=${boundary}`),
                body: multipart(boundary, `${m.username}-materials.pdf`, file),
              };
            },
            onResponse: (status: number, _body: string, ctx: any) => {
              if (status === 201) {
                (ctx.member as Member).attached = true;
              }
            },
          },
        ],
      },
      phaseEnd(),
    );
    const prepared = await prepare;
    const prepareSeconds = (Date.now() - prepareStarted) / 1000;
    const cpuAfterPrepare = cpu();

    // Phase 2: every prepared member submits at once.
    const ready = members.filter((m) => m.attached);
    let nextSubmit = 0;
    const submitStarted = Date.now();
    phase = 2;
    // The moment and the CPU times of the last submission's answer (autocannon's path).
    let lastAnswer: { at: number; cpu: ReturnType<typeof cpu> } | undefined;
    let submitAnswers = 0;
    onSubmitAnswered = () => {
      if (++submitAnswers === ready.length) {
        lastAnswer = { at: Date.now(), cpu: cpu() };
      }
    };
    let submitted: TransportErrors | undefined;
    let submitSeconds: number;
    let wrkCpuMs = 0;
    if (arriveWithin !== undefined && ready.length > 0) {
      const r = await submitOnArrival({
        url,
        withinSeconds: arriveWithin,
        book,
        submissions: ready.map((m) => ({
          path: `/api/v1/proposals/${m.proposalId}/submit`,
          cookie: m.cookie!,
          csrf: m.csrf!,
        })),
      });
      submitSeconds = r.seconds;
      submitted = r.transportErrors;
    } else if (generator === 'wrk' && ready.length > 0) {
      const r = await submitWithWrk({
        url,
        connections: Math.min(connections, ready.length),
        seconds,
        submissions: ready.map((m) => ({
          path: `/api/v1/proposals/${m.proposalId}/submit`,
          cookie: m.cookie!,
          csrf: m.csrf!,
        })),
      });
      book.addMeasured('submit', r);
      submitSeconds = r.seconds;
      wrkCpuMs = r.cpuMs;
      submitted = r.transportErrors;
    } else {
      submitted =
        ready.length === 0
          ? undefined
          : await run(
              book,
              {
                url,
                connections: Math.min(connections, ready.length),
                amount: ready.length,
                requests: [
                  {
                    kind: 'submit',
                    method: 'POST',
                    setupRequest: (req: any) => {
                      const m = ready[nextSubmit++] ?? ready[0]!;
                      return {
                        ...req,
                        path: `/api/v1/proposals/${m.proposalId}/submit`,
                        headers: memberHeaders(m, 'application/json'),
                        body: '{}',
                      };
                    },
                  },
                ],
              },
              phaseEnd(),
            );
      submitSeconds = ((lastAnswer?.at ?? Date.now()) - submitStarted) / 1000;
    }
    const cpuAfterSubmit = lastAnswer?.cpu ?? cpu();
    cpuAfterSubmit.loadGenerator += wrkCpuMs;
    for (const r of staffRuns) {
      r.stop();
    }
    const [searched, exported] = await Promise.all(staffRuns);

    const stored = await countStored(env.DATABASE_URL, dataDir, server, world.bodyId);
    report({
      book,
      prepareSeconds,
      submitSeconds,
      ready: ready.length,
      transportErrors: { prepare: prepared, submit: submitted, search: searched, export: exported },
      stored,
      cpu: [cpuAtStart, cpuAfterPrepare, cpuAfterSubmit],
    });
    server = undefined;
  } finally {
    await server?.stop();
    pg?.stop();
    if (dataDir) {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

function cpuOfThisProcessMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function memberHeaders(m: Member, contentType: string) {
  return { cookie: m.cookie!, 'x-csrf-token': m.csrf!, 'content-type': contentType };
}

function multipart(boundary: string, filename: string, content: Buffer) {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** Requests that got no answer, from autocannon's result or wrk's. */
type TransportErrors = Pick<autocannon.Result, 'errors' | 'timeouts'>;

type Run = Promise<autocannon.Result> & { stop(): void };

/**
 * Starts an autocannon instance whose every answer is filed under its request's `kind`; it stops
 * when its request count is reached, or at the run's deadline.
 */
function run(book: LatencyBook, opts: any, deadline?: number): Run {
  const instance = autocannon({ timeout: 30, ...opts });
  instance.on('response', (client: any, status: number, _bytes: number, ms: number) => {
    // The request just answered is still the iterator's current one (no pipelining).
    const it = client.requestIterator;
    const kind: string = it.context?.spare ? 'spare' : (it.currentRequest?.kind ?? 'other');
    book.add(STAFF_KINDS.has(kind) ? `${kind}@${phase}` : kind, status, ms);
    if (kind === 'submit') {
      onSubmitAnswered?.();
    }
  });
  const timer = deadline ? setTimeout(() => instance.stop(), deadline - Date.now()) : undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance.on('done', (r: autocannon.Result) => {
      clearTimeout(timer);
      resolve(r);
    });
    instance.on('error', reject);
  }) as Run;
  done.stop = () => instance.stop();
  return done;
}

/** What the database holds afterwards: submitted proposals and attachments of the rush body. */
async function countStored(
  databaseUrl: string | undefined,
  dataDir: string | undefined,
  server: ServerProcess,
  bodyId: string,
) {
  await server.stop(); // PGlite has one owner per data folder
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    const [submitted] = await database.db
      .select({ n: count() })
      .from(proposals)
      .where(and(eq(proposals.bodyId, bodyId), eq(proposals.state, 'submitted')));
    const [stored] = await database.db
      .select({ n: count() })
      .from(attachments)
      .where(eq(attachments.bodyId, bodyId));
    return { submitted: submitted!.n, attachments: stored!.n };
  } finally {
    await database.close();
  }
}

function report(r: {
  book: LatencyBook;
  prepareSeconds: number;
  submitSeconds: number;
  ready: number;
  transportErrors: Record<string, TransportErrors | undefined>;
  stored: { submitted: number; attachments: number };
  cpu: { server: number; pg: number; loadGenerator: number }[];
}) {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(
    `\n${db}${db === 'postgres' && durability === 'off' ? ' (fsync off)' : ''}${db === 'postgres' && pgConnection === 'socket' ? ' over its Unix socket' : ''}${workers > 1 ? ` (${workers} server processes)` : ''}, ${memberCount} members, ${fileBytes / 2 ** 20} MB files stored in the ${storage}, ${connections} connections${withStaff ? '' : ', no staff load'}, ${arriveWithin === undefined ? `submissions sent by ${generator}, all at once` : `submissions clicked over ${arriveWithin} s (${(memberCount / arriveWithin).toFixed(0)}/s)`} — ${machine}`,
  );
  console.log(`load average before the run: ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`phase 1 (log in, draft, attach): ${r.prepareSeconds.toFixed(1)} s`);
  console.log(`phase 2 (submit): ${r.submitSeconds.toFixed(1)} s for ${r.ready} submissions`);
  console.log(r.book.table(r.prepareSeconds, r.submitSeconds));
  console.log('(staff: search@1 and export@1 answered in phase 1, @2 in phase 2)');
  // CPU per request, the staff's background work included (small beside the members').
  const [a, b, c] = r.cpu as [(typeof r.cpu)[0], (typeof r.cpu)[0], (typeof r.cpu)[0]];
  const perFlow = (x: number) => (x / Math.max(1, r.book.stats('attach')?.ok ?? 0)).toFixed(1);
  console.log(
    `CPU per member in phase 1 (login + draft + 2 MB attach): server ${perFlow(b.server - a.server)} ms` +
      (db === 'postgres' ? `, PostgreSQL ${perFlow(b.pg - a.pg)} ms` : ''),
  );
  const submits = Math.max(1, r.book.stats('submit')?.ok ?? 0);
  const serverMs = (c.server - b.server) / submits;
  const pgMs = (c.pg - b.pg) / submits;
  const cores = os.cpus().length;
  console.log(
    `CPU per submission in phase 2: server ${serverMs.toFixed(1)} ms` +
      (db === 'postgres' ? `, PostgreSQL ${pgMs.toFixed(1)} ms` : '') +
      `, load generator ${((c.loadGenerator - b.loadGenerator) / submits).toFixed(1)} ms` +
      ` → on an idle machine at most ${(1000 / Math.max(0.01, serverMs)).toFixed(0)}/s per server process,` +
      ` ${((cores * 1000) / Math.max(0.01, serverMs + pgMs)).toFixed(0)}/s on all ${cores} cores`,
  );

  const submit = r.book.stats('submit');
  let errors = r.book.errorCount();
  for (const [phase, result] of Object.entries(r.transportErrors)) {
    // autocannon counts a timeout among the errors too.
    if (result && result.errors > 0) {
      console.log(
        `${phase}: ${result.errors} requests without an answer (${result.timeouts} of them timed out at 30 s)`,
      );
      errors += result.errors;
    }
  }
  console.log(
    `stored: ${r.stored.submitted} submitted proposals, ${r.stored.attachments} attachments`,
  );
  console.log('goals:');
  console.log(`  no errors: ${errors === 0 ? 'met' : `MISSED (${errors})`}`);
  console.log(
    `  submission p95 < 200 ms: ${submit && submit.p95 < 200 ? 'met' : 'MISSED'} (${submit?.p95.toFixed(0) ?? '–'} ms)`,
  );
  const rate = submit ? submit.ok / r.submitSeconds : 0;
  console.log(
    arriveWithin === undefined
      ? `  ≥ 500 submissions/s${db === 'postgres' ? '' : ' (goal is for PostgreSQL)'}: ${rate >= 500 ? 'met' : 'MISSED'} (${rate.toFixed(0)}/s)`
      : `  ≥ 500 submissions/s: not measured here (the members' pace sets the rate, ${rate.toFixed(0)}/s); run without --arrive-within`,
  );
  console.log(
    `  every member submitted: ${r.stored.submitted === memberCount ? 'yes' : `NO (${r.stored.submitted} of ${memberCount})`}`,
  );
}

await main();
