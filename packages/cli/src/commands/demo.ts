import { loadConfig } from '@jianyan/server';
import { withDatabase } from '../database.js';
import type { RegisterCommand } from './index.js';

export const registerDemoCommand: RegisterCommand = (program) => {
  program
    .command('demo')
    .description('载入演示数据（晋中、长治两个政协）/ load the demo data (two CPPCC bodies)')
    .action(async () => {
      const { isDatabaseEmpty, loadDemo } =
        await import('@jianyan/server/modules/demo/demo.loader.js');
      await withDatabase('jianyan demo', async (database) => {
        if (!(await isDatabaseEmpty(database.db))) {
          throw new Error(
            '数据库中已有机构，演示数据只能载入空数据库 / the database already has bodies; load the demo into an empty one',
          );
        }
        const s = await loadDemo(database.db, loadConfig());
        console.log(`demo loaded: ${s.bodies} bodies, ${s.users} users, ${s.proposals} proposals`);
      });
    });
};
