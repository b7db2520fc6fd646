import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts a throw-away PostgreSQL cluster from Debian's packages for the tests (and benchmarks).
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
 */
export interface PgServer {
  url: string;
  /** The same server over its Unix socket, as an application on the database's own machine connects. */
  socketUrl: string;
  stop(): void;
}

function findBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) {
    return undefined;
  }
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A throw-away PostgreSQL cluster. Tests run it without flushing to disk (nothing of it has to
 * survive); `durable` keeps PostgreSQL's defaults — every commit flushed before it is
 * acknowledged — for benchmarks whose figures must be those of a real installation.
 */
export async function startPgServer(opts: { durable?: boolean } = {}): Promise<PgServer> {
  const bin = findBinDir();
  if (!bin) {
    throw new Error(
      'PostgreSQL is not installed (expected /usr/lib/postgresql/*/bin). Install it with `apt-get install postgresql`, or set JIANYAN_SKIP_PG=1 to run only on the embedded database.',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-pg-'));
  fs.chmodSync(dir, 0o777);
  const pgdata = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  run('initdb', ['-D', pgdata, '-U', 'jianyan', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const args = [
    '-D',
    pgdata,
    '-p',
    String(port),
    '-k',
    dir,
    '-h',
    '127.0.0.1',
    ...(opts.durable
      ? []
      : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    '-c',
    'max_connections=300',
    '-c',
    'random_page_cost=1.1',
  ];
  const child = asRoot
    ? spawn('runuser', ['-u', 'postgres', '--', path.join(bin, 'postgres'), ...args], {
        stdio: 'ignore',
        detached: false,
      })
    : spawn(path.join(bin, 'postgres'), args, { stdio: 'ignore' });
  const url = `postgres://jianyan@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) {
      break;
    }
    if (Date.now() > deadline) {
      throw new Error('PostgreSQL did not start within 20 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // The socket accepts before the server is ready for queries; wait until it answers.
  await new Promise((r) => setTimeout(r, 300));
  return {
    url,
    socketUrl: `postgres://jianyan@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`,
    stop() {
      try {
        run('pg_ctl', ['stop', '-D', pgdata, '-m', 'immediate', '-w']);
      } catch {
        child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
