import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { DataDirLockedError } from '../src/db/data-dir-lock.js';

const run = promisify(execFile);
const CLI = path.resolve('packages/cli/bin/jianyan.js');

describe('one owner per PGlite data folder', () => {
  it('refuses a second opener and names the process holding the folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-lock-'));
    const first = await openDatabase({ dataDir: dir, command: 'jianyan serve' });
    try {
      await expect(openDatabase({ dataDir: dir, command: 'second' })).rejects.toBeInstanceOf(
        DataDirLockedError,
      );
      // A CLI command in another process is refused too, with the holder's pid in the message.
      const cli = await run(process.execPath, [CLI, 'migrate'], {
        env: { ...process.env, DATA_DIR: dir },
      }).catch((e: { stderr: string; code: number }) => e);
      expect((cli as { code: number }).code).toBe(1);
      expect((cli as { stderr: string }).stderr).toContain(`进程 ${process.pid}`);
      expect((cli as { stderr: string }).stderr).toContain(`process ${process.pid}`);
    } finally {
      await first.close();
    }
    // Released on close: the next opener gets it.
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left by a process that was killed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-lock-'));
    const dead = {
      pid: 999_999,
      hostname: os.hostname(),
      command: 'killed',
      startedAt: new Date().toISOString(),
    };
    fs.writeFileSync(path.join(dir, 'jianyan.lock'), JSON.stringify(dead));
    const db = await openDatabase({ dataDir: dir });
    await db.close();
  });
});
