/**
 * Requests take turns on the event loop when the database runs on the server's own thread
 * (PGlite): each turn starts new requests for a few milliseconds of work at most, then lets the
 * loop poll for I/O again.
 *
 * Why: Node.js 20's libuv accepts one new connection each time the loop polls (libuv #3696), and
 * a poll starts a request on every connection that has one waiting. With PGlite each of those
 * requests runs its queries on this thread, start to finish, so under load one turn of the loop
 * lasts as many whole requests as there are busy connections, and a member who connects then
 * waits one such turn for every newcomer ahead of them. In the rush bench (50 connections opened
 * at once) the last connection got its first answer after 2.5 s, with the p95 of all submissions
 * at 125 ms (decision 0015).
 *
 * Here a request waits in a queue before any other work; the queue lets requests on, first come
 * first served, until a turn has spent TURN_BUDGET_MS, and the rest wait for the next turn. A
 * newcomer is then accepted within a few milliseconds of work. Work a request started already (a
 * file being written, an Argon2 hash in libuv's threads) goes on as soon as it is ready.
 *
 * With PostgreSQL the queries wait on a socket, turns stay short, and no queue is needed.
 */
/**
 * New work a turn may start. Short enough that newcomers are taken in within a few requests; one
 * request per turn instead slowed the staff's searches while members logged in (decision 0015).
 */
export const TURN_BUDGET_MS = 5;

export function createRequestTurns(budgetMs = TURN_BUDGET_MS) {
  const waiting: (() => void)[] = [];
  let turnStartedAt: number | undefined;

  // One call per waiting request, from setImmediate: after the loop has polled for I/O.
  const letOneOn = () => {
    const now = performance.now();
    if (turnStartedAt === undefined) {
      turnStartedAt = now;
      // Queued now, it runs first in the next turn's round of setImmediate callbacks.
      setImmediate(() => {
        turnStartedAt = undefined;
      });
    } else if (now - turnStartedAt >= budgetMs) {
      setImmediate(letOneOn);
      return;
    }
    // The queue's head, whichever call this is: the order is the queue's, first come first served.
    waiting.shift()?.();
  };

  return {
    /** Resolves when it is this request's turn, after every request that asked before it. */
    wait(): Promise<void> {
      return new Promise((resolve) => {
        waiting.push(resolve);
        setImmediate(letOneOn);
      });
    },
  };
}
