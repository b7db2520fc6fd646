import http from 'node:http';
import type { LatencyBook } from './latency-book.js';

/**
 * The submit phase as members make it: each clicks 提交 at a moment of their own, spread evenly
 * over `withinSeconds`, whether or not the server has answered the members before them (an open
 * model). autocannon and wrk instead keep a fixed number of connections busy and send the next
 * request only when one is answered (a closed model): that measures how many submissions the
 * server can take, and the wait it reports is the length of its own queue (connections ÷
 * throughput), whatever the rush's real pace.
 *
 * Each latency is counted from the moment the member clicked, not from when a connection was free
 * to send it, so a server that falls behind shows its backlog in the figures.
 */
export interface Arrival {
  path: string;
  cookie: string;
  csrf: string;
}

export interface ArrivalResult {
  /** From the first click to the last answer. */
  seconds: number;
  /** Requests without an answer: connection errors and timeouts. */
  transportErrors: { errors: number; timeouts: number };
}

export async function submitOnArrival(opts: {
  url: string;
  withinSeconds: number;
  submissions: Arrival[];
  book: LatencyBook;
  timeoutMs?: number;
}): Promise<ArrivalResult> {
  const { url, submissions, book } = opts;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  // Browsers keep their connection open between requests; a member who clicks while every open
  // connection is busy gets a new one, as a new browser would.
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const gapMs = (opts.withinSeconds * 1000) / Math.max(1, submissions.length);
  const started = performance.now();
  let errors = 0;
  let timeouts = 0;

  const send = (s: Arrival, clickedAt: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        `${url}${s.path}`,
        {
          method: 'POST',
          agent,
          timeout: timeoutMs,
          headers: {
            cookie: s.cookie,
            'x-csrf-token': s.csrf,
            'content-type': 'application/json',
            'content-length': 2,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            book.add('submit', res.statusCode ?? 0, performance.now() - clickedAt);
            resolve();
          });
        },
      );
      req.on('timeout', () => {
        timeouts++;
        req.destroy(new Error('timeout'));
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end('{}');
    });

  const answers: Promise<void>[] = [];
  for (let i = 0; i < submissions.length; i++) {
    const clickAt = started + i * gapMs;
    const wait = clickAt - performance.now();
    if (wait > 1) {
      await new Promise((r) => setTimeout(r, wait));
    }
    answers.push(send(submissions[i]!, clickAt));
  }
  await Promise.all(answers);
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000, transportErrors: { errors, timeouts } };
}
