import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite lets two processes open one data folder and then silently loses writes, so every process
 * that opens DATA_DIR takes this exclusive lock first. The lock file names its holder, so the
 * refusal can say which process to stop. A holder that died (SIGKILL, power loss) leaves a stale
 * file, which the next opener detects by its pid and takes over.
 */
export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `数据目录 ${dataDir} 正被进程 ${holder.pid}（${holder.command}，${holder.startedAt} 启动）占用，请先停止该进程或通过运行中的服务器操作。 / ` +
        `The data folder ${dataDir} is locked by process ${holder.pid} (${holder.command}, started ${holder.startedAt}); stop it or talk to the running server.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = 'jianyan.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    command,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) {
          return;
        }
        released = true;
        const holder = readHolder(file);
        if (holder?.pid === me.pid) {
          fs.rmSync(file, { force: true });
        }
        process.removeListener('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw err;
      }
      const holder = readHolder(file);
      const sameHost = holder?.hostname === me.hostname;
      if (holder && (!sameHost || isAlive(holder.pid))) {
        throw new DataDirLockedError(dataDir, holder);
      }
      // Stale (holder gone) or unreadable: remove it and race again with O_EXCL.
      fs.rmSync(file, { force: true });
    }
  }
  const holder = readHolder(file);
  throw new DataDirLockedError(dataDir, holder ?? { ...me, pid: -1, command: 'unknown' });
}
