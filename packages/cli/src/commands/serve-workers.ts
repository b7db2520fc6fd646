import cluster, { type Worker } from 'node:cluster';
import { startServer, type Config, type Database } from '@jianyan/server';
import { withDatabase } from '../database.js';

/**
 * `jianyan serve --workers N`: N server processes on one port (Node's cluster module hands the
 * connections round-robin), all on one PostgreSQL. Nothing is shared in memory between them, so
 * nothing needs to be: sessions, idempotency keys, counters and scheduled jobs live in the
 * database, and every write takes its row locks there. Every worker runs the scheduler; jobs are
 * claimed with SKIP LOCKED and scheduled under unique dedupe keys, so each runs once.
 * Login and drafting rate limits are counted per process (at most N × the configured limit).
 */

interface Listening {
  listening: string;
}

/** The primary: migrates once, starts the workers, replaces one that dies, stops them all on a signal. */
export async function runPrimary(workers: number, prepare: (database: Database) => Promise<void>) {
  await withDatabase('jianyan serve', prepare);
  let stopping = false;
  const urls = new Set<string>();
  let announced = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (m: Listening) => {
      if (typeof m?.listening !== 'string') {
        return;
      }
      urls.add(m.listening);
      const ready = Object.values(cluster.workers ?? {}).length;
      if (!announced && ready >= workers) {
        announced = true;
        const url = [...urls][0]!;
        console.log(
          `建言 Jianyan listening on ${url} (postgres, ${workers} server processes; API docs at ${url}/api/docs)`,
        );
      }
    });
    return worker;
  };
  for (let i = 0; i < workers; i += 1) {
    fork();
  }
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.exit(0);
      }
      return;
    }
    console.error(
      `server process ${worker.process.pid} ended (${code ?? signal}); starting another`,
    );
    fork();
  });
  const shutdown = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`${signal}: stopping ${workers} server processes…`);
    for (const worker of Object.values(cluster.workers ?? {})) {
      worker?.process.kill('SIGTERM');
    }
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

/** A worker: one ordinary server (migrations are already applied) that tells the primary its URL. */
export async function runWorker(config: Config) {
  const server = await startServer(config, { workerId: cluster.worker?.id });
  process.send?.({ listening: server.url } satisfies Listening);
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  // The primary sends SIGTERM; an interactive Ctrl-C reaches the whole group, primary included.
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
