/**
 * What named statements on PGlite (db/preparing-pglite.ts, decision 0014) change for the rush's
 * submissions. Members log in and draft once; then their submissions go through the whole app
 * (`app.inject`: routing, the session check, the service, the database) in four rounds on the
 * same PGlite folder, alternately with PGlite's own query and with named statements, each round a
 * quarter of the members. The first submissions of each round warm it up and are not counted.
 *
 *   npm run bench:pglite-statements [-- --members 800]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../../packages/server/src/config.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { PreparingPGlite } from '../../packages/server/src/db/preparing-pglite.js';
import { buildApp } from '../../packages/server/src/http/app.js';
import { RUSH_PASSWORD, seedRushWorld } from '../../packages/server/test/rush-world.js';
import { TOPICS, proposalText } from './proposal-text.js';

const { values: args } = parseArgs({
  options: { members: { type: 'string', default: '800' } },
});
const memberCount = Number(args.members);
const WARM_UP = 20;

interface Member {
  cookie: string;
  csrf: string;
  proposalId: string;
}

/** The app over a PGlite of the given class on the folder, opened as the server opens it. */
async function appOn(folder: string, pgliteClass: typeof PGlite) {
  const database = await openDatabase({ dataDir: folder, pgliteClass });
  const app = await buildApp({ database, config: loadConfig({ DATA_DIR: folder }) });
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { app, close };
}

async function prepareMembers(
  folder: string,
  usernames: string[],
  bodyCode: string,
  sessionId: string,
) {
  const { app, close } = await appOn(folder, PGlite);
  const members: Member[] = [];
  for (const [i, username] of usernames.entries()) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { body: bodyCode, username, password: RUSH_PASSWORD },
    });
    const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const topic = TOPICS[i % TOPICS.length]!;
    const draft = await app.inject({
      method: 'POST',
      url: '/api/v1/proposals',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        sessionId,
        title: `关于加强${topic}工作的提案（${username}）`,
        problem: proposalText(i, 0),
        suggestions: proposalText(i, 1),
      },
    });
    if (draft.statusCode !== 201) {
      throw new Error(`draft of ${username}: ${draft.statusCode} ${draft.body}`);
    }
    members.push({ cookie, csrf, proposalId: draft.json<{ proposalId: string }>().proposalId });
  }
  await close();
  return members;
}

/** Milliseconds per submission, of the thread and until the answer, after the warm-up. */
async function submitAll(folder: string, Client: typeof PGlite, members: Member[]) {
  const { app, close } = await appOn(folder, Client);
  const submit = async (m: Member) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/proposals/${m.proposalId}/submit`,
      headers: { cookie: m.cookie, 'x-csrf-token': m.csrf },
      payload: {},
    });
    if (res.statusCode !== 200) {
      throw new Error(`submit: ${res.statusCode} ${res.body}`);
    }
  };
  for (const m of members.slice(0, WARM_UP)) {
    await submit(m);
  }
  const counted = members.slice(WARM_UP);
  const utilisation = performance.eventLoopUtilization();
  const started = performance.now();
  for (const m of counted) {
    await submit(m);
  }
  const figures = {
    wall: (performance.now() - started) / counted.length,
    busy: performance.eventLoopUtilization(utilisation).active / counted.length,
  };
  await close();
  return figures;
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-statements-'));
  try {
    const database = await openDatabase({ dataDir: folder });
    await database.migrate();
    const world = await seedRushWorld(database, memberCount);
    await database.close();
    const members = await prepareMembers(folder, world.members, world.bodyCode, world.sessionId);
    console.log(`PGlite, ${memberCount} members drafted; submitting a quarter in each round`);

    const kinds = { "PGlite's own query": PGlite, 'named statements': PreparingPGlite };
    const quarter = Math.floor(memberCount / 4);
    const results: Record<string, { wall: number; busy: number }[]> = {};
    let round = 0;
    for (const pass of [1, 2]) {
      for (const [kind, Client] of Object.entries(kinds)) {
        const mine = members.slice(round * quarter, (round + 1) * quarter);
        round++;
        const figures = await submitAll(folder, Client, mine);
        (results[kind] ??= []).push(figures);
        console.log(
          `pass ${pass}, ${kind}: ${figures.busy.toFixed(2)} ms of the thread per submission`,
        );
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [own, named] = Object.keys(kinds).map((k) => ({
      busy: mean(results[k]!.map((r) => r.busy)),
      wall: mean(results[k]!.map((r) => r.wall)),
    }));
    console.log(
      `\nper submission, the mean of two rounds of ${quarter - WARM_UP} (thread / wall):`,
    );
    console.log(`PGlite's own query   ${own!.busy.toFixed(2)} / ${own!.wall.toFixed(2)} ms`);
    console.log(`named statements     ${named!.busy.toFixed(2)} / ${named!.wall.toFixed(2)} ms`);
    console.log(`ratio (thread)       ×${(own!.busy / named!.busy).toFixed(2)}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

await main();
