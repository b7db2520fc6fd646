import { loadConfig, startServer } from '@jianyan/server';
import type { RegisterCommand } from './index.js';

export const registerServeCommand: RegisterCommand = (program) => {
  program
    .command('serve')
    .description(
      '启动服务器 / start the server (API, web app and docs) on PORT, data in DATA_DIR or DATABASE_URL',
    )
    .option('--demo-if-empty', 'load the demo data when the database has no bodies yet')
    .action(async (opts: { demoIfEmpty?: boolean }) => {
      const config = loadConfig();
      const server = await startServer(config, {
        beforeListen: async (database) => {
          if (!opts.demoIfEmpty) {
            return;
          }
          // Loaded only when asked for: the demo pulls in the digest parser and its seed texts.
          const { isDatabaseEmpty, loadDemo } =
            await import('@jianyan/server/modules/demo/demo.loader.js');
          if (await isDatabaseEmpty(database.db)) {
            console.log('数据库为空，正在载入演示数据 / empty database: loading the demo data…');
            const summary = await loadDemo(database.db);
            console.log(
              `演示数据已载入 / demo loaded: ${summary.bodies} bodies, ${summary.users} users, ${summary.proposals} proposals`,
            );
          }
        },
      });
      console.log(
        `建言 Jianyan listening on ${server.url} (${server.database.kind}; API docs at ${server.url}/api/docs)`,
      );
      const shutdown = (signal: string) => {
        console.log(`${signal}: stopping…`);
        server.stop().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
};
