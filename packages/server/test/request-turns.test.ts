import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TURN_BUDGET_MS, createRequestTurns } from '../src/http/request-turns.js';
import { databaseKinds } from './databases.js';
import { PASSWORD, createWorld, type World } from './harness.js';
import { HttpSession } from './http-session.js';

const BUSY_CONNECTIONS = 10;
const NEWCOMERS = 30;

/** One GET on the given agent (keep-alive) or on a connection of its own (agent false). */
function get(url: string, headers: Record<string, string>, agent: http.Agent | false) {
  return new Promise<number>((resolve, reject) => {
    http
      .get(url, { headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/** Keeps the thread busy, as a request's queries do on PGlite. */
function work(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

describe('requests taking turns', () => {
  it("lets requests on in the order they came, a turn's budget of work at a time", async () => {
    const turns = createRequestTurns();
    const order: number[] = [];
    let startedBeforeTimer: number | undefined;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        turns.wait().then(() => {
          if (order.push(i) === 1) {
            // Timers run once per turn of the loop, as the loop polls for connections once a turn.
            setTimeout(() => (startedBeforeTimer = order.length), 0);
          }
          work(TURN_BUDGET_MS / 2);
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // The first turn lets on about its budget (two requests of half of it), not all twenty.
    expect(startedBeforeTimer).toBeLessThanOrEqual(4);
  });
});

/**
 * Members who open a connection while the server is busy with others are served in turn, not
 * after everyone already connected has been served again and again (request-turns.ts). Counted in
 * requests, not milliseconds: how many answers the busy connections got while a newcomer waited.
 */
describe.each(databaseKinds())('a server busy on %s', (kind) => {
  let w: World;
  let base: string;
  let staff: HttpSession;

  beforeAll(async () => {
    w = await createWorld(kind);
    await w.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(w.app.server.address() as AddressInfo).port}`;
    staff = await HttpSession.login(base, w.bodies.a.code, 'staff', PASSWORD);
  });
  afterAll(async () => w.close());

  it('answers members who connect at once in turn, while others keep it busy', async () => {
    const list = `${base}/api/v1/proposals?sessionId=${w.bodies.a.sessionId}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: BUSY_CONNECTIONS });
    let busyAnswers = 0;
    let stop = false;
    const busy = Array.from({ length: BUSY_CONNECTIONS }, async () => {
      while (!stop) {
        expect(await get(list, staff.headers(), agent)).toBe(200);
        busyAnswers++;
      }
    });
    // Every busy connection is open and has been answered before the newcomers arrive.
    while (busyAnswers < 5 * BUSY_CONNECTIONS) {
      await new Promise((r) => setTimeout(r, 5));
    }

    const arrivedAt = busyAnswers;
    const waits = await Promise.all(
      Array.from({ length: NEWCOMERS }, async () => {
        expect(await get(list, staff.headers(), false)).toBe(200);
        return busyAnswers - arrivedAt;
      }),
    );
    stop = true;
    await Promise.all(busy);
    agent.destroy();

    // First come, first served: the last newcomer waits for about two answers per newcomer before
    // it (60–75 on PGlite, 50–60 on PostgreSQL). Accepting one connection per round of the busy
    // ones, PGlite without request-turns.ts made the last of the 30 wait for 160.
    expect(Math.max(...waits)).toBeLessThan(2.5 * (BUSY_CONNECTIONS + NEWCOMERS));
  });
});
