import fs from 'node:fs';
import { unknownBody } from '@jianyan/server/modules/admin/admin.service.js';
import { findBodyByCode } from '@jianyan/server/modules/admin/bodies.queries.js';
import { backup, restore } from '@jianyan/server/modules/backup/backup.service.js';
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
        fs.writeFileSync(o.out, await backup(database.db, { bodyId: body?.bodyId }));
        console.log(`backup written to ${o.out}`);
      });
    });
  program
    .command('restore')
    .description('从备份恢复到空数据库 / restore a backup into an empty database')
    .argument('<file>', 'a backup written by `jianyan backup`')
    .action(async (file: string) => {
      await withDatabase('jianyan restore', async (database) => {
        const counts = await restore(database.db, fs.readFileSync(file));
        console.log(
          `restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables`,
        );
      });
    });
};
