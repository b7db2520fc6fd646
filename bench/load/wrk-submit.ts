import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stats } from './latency-book.js';

/**
 * The submit phase driven by Debian's wrk (`apt-get install wrk`) instead of autocannon: on two
 * cores the load generator takes its CPU from the machine under test, and autocannon, in Node.js,
 * takes about 0.45 ms per submission against the server's 2 ms; wrk, in C with the requests built
 * once, a small fraction of that. Each request is sent exactly once (wrk-submit.lua).
 */
export interface WrkSubmission {
  path: string;
  cookie: string;
  csrf: string;
}

/** The submissions' answers as the latency book files them, and what wrk itself reports. */
export interface WrkResult extends Stats {
  /** From the start of wrk to the last answer. */
  seconds: number;
  /** Requests without an answer (connection, read and write errors, timeouts), as autocannon counts them. */
  transportErrors: { errors: number; timeouts: number };
  /** CPU time wrk used, in milliseconds. */
  cpuMs: number;
}

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk-submit.lua');

export async function submitWithWrk(opts: {
  url: string;
  connections: number;
  seconds: number;
  submissions: WrkSubmission[];
}): Promise<WrkResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-wrk-'));
  try {
    const file = path.join(dir, 'requests.tsv');
    fs.writeFileSync(
      file,
      opts.submissions.map((s) => `${s.path}\t${s.cookie}\t${s.csrf}\n`).join(''),
    );
    const cpuBefore = reapedChildrenCpuMs();
    const threads = Math.min(2, opts.submissions.length);
    const connections = Math.max(threads, opts.connections);
    const started = process.hrtime.bigint();
    const child = spawn(
      'wrk',
      [
        `-t${threads}`,
        `-c${connections}`,
        `-d${opts.seconds}s`,
        '--timeout',
        '30s',
        '-s',
        SCRIPT,
        opts.url,
        '--',
        file,
        String(threads),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    let threadsDone = 0;
    let seconds = opts.seconds;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const done = out.split('\n').filter((l) => l === 'thread-done').length;
      if (done > threadsDone) {
        threadsDone = done;
        if (threadsDone === threads) {
          seconds = Number(process.hrtime.bigint() - started) / 1e9;
          // wrk waits out its duration otherwise; SIGINT makes it report at once.
          child.kill('SIGINT');
        }
      }
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (!line) {
      throw new Error(
        `wrk ended (${code}) without a report; is it installed (apt-get install wrk)?`,
      );
    }
    const r = JSON.parse(line) as {
      requests: number;
      p50: number;
      p95: number;
      p99: number;
      max: number;
      connect: number;
      read: number;
      write: number;
      timeout: number;
      statuses: Record<string, number>;
    };
    let ok = 0;
    const failures: string[] = [];
    for (const [status, n] of Object.entries(r.statuses)) {
      if (status.startsWith('2')) {
        ok += n;
      } else {
        failures.push(`${n}×${status}`);
      }
    }
    return {
      seconds,
      count: Object.values(r.statuses).reduce((a, b) => a + b, 0),
      ok,
      failures,
      p50: r.p50 / 1000,
      p95: r.p95 / 1000,
      p99: r.p99 / 1000,
      max: r.max / 1000,
      transportErrors: { errors: r.connect + r.read + r.write + r.timeout, timeouts: r.timeout },
      cpuMs: reapedChildrenCpuMs() - cpuBefore,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU time of this process's children that have ended (Linux /proc: cutime + cstime). */
function reapedChildrenCpuMs() {
  const text = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * 10;
}
