import { withDatabase } from '../database.js';
import type { RegisterCommand } from './index.js';

export const registerMigrateCommand: RegisterCommand = (program) => {
  program
    .command('migrate')
    .description('应用数据库迁移 / apply pending database migrations')
    .action(async () => {
      await withDatabase('jianyan migrate', async (database) => {
        console.log(`migrated (${database.kind})`);
      });
    });
};
