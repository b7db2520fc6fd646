import fs from 'node:fs';
import { unknownBody } from '@jianyan/server/modules/admin/admin.service.js';
import { findBodyByCode } from '@jianyan/server/modules/admin/bodies.queries.js';
import { writeBackup } from '@jianyan/server/modules/backup/backup.service.js';
import { restoreBackup } from '@jianyan/server/modules/backup/restore.service.js';
import { loadConfig } from '@jianyan/server';
import { withDatabase } from '../database.js';
import type { RegisterCommand } from './index.js';

export const registerBackupCommands: RegisterCommand = (program) => {
  program
    .command('backup')
    .description(
      '备份（一致快照）/ back up the database, or one body, as a consistent snapshot. With the embedded database, stop the server first, or download GET /api/v1/backup as an administrator.',
    )
    .requiredOption('--out <file>', 'where to write the backup (.jybak)')
    .option('--body <code>', 'only this body')
    .action(async (o: { out: string; body?: string }) => {
      await withDatabase('jianyan backup', async (database) => {
        const body = o.body ? await findBodyByCode(database.db, o.body) : undefined;
        if (o.body && !body) {
          throw unknownBody(o.body);
        }
        // Written beside the target and renamed at the end: a file named --out is always whole.
        const partial = `${o.out}.partial`;
        try {
          await writeBackup(database.db, loadConfig().dataDir, fs.createWriteStream(partial), {
            bodyId: body?.bodyId,
          });
          // On disk before it carries its name: a backup is what a crash must not take away.
          const fd = fs.openSync(partial, 'r+');
          fs.fsyncSync(fd);
          fs.closeSync(fd);
          fs.renameSync(partial, o.out);
        } finally {
          fs.rmSync(partial, { force: true });
        }
        console.log(`backup written to ${o.out}`);
      });
    });
  program
    .command('restore')
    .description('从备份恢复到空数据库 / restore a backup into an empty database')
    .argument('<file>', 'a backup written by `jianyan backup`')
    .action(async (file: string) => {
      await withDatabase('jianyan restore', async (database) => {
        const counts = await restoreBackup(
          database.db,
          loadConfig().dataDir,
          fs.createReadStream(file),
        );
        console.log(
          `restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables`,
        );
      });
    });
};
