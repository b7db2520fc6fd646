import cluster from 'node:cluster';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig, startServer } from '@jianyan/server';
import { AppError } from '@jianyan/server/errors.js';
import type { Config, Database } from '@jianyan/server';
import type { RegisterCommand } from './index.js';
import { parseOrExit } from '../validation.js';
import { runPrimary, runWorker } from './serve-workers.js';

const workersOption = z.object({ workers: z.coerce.number().int().min(1).max(64) });

export const registerServeCommand: RegisterCommand = (program) => {
  program
    .command('serve')
    .description(
      '启动服务器 / start the server (API, web app and docs) on PORT, data in DATA_DIR or DATABASE_URL',
    )
    .option('--demo-if-empty', 'load the demo data when the database has no bodies yet')
    .option(
      '--workers <n>',
      '服务器进程数（仅 PostgreSQL）/ server processes sharing PORT (PostgreSQL only)',
      '1',
    )
    .action(async (opts: { demoIfEmpty?: boolean; workers: string }) => {
      const config = loadConfig();
      const { workers } = parseOrExit(workersOption, { workers: opts.workers });
      const prepare = (database: Database) => loadDemoIfEmpty(database, config, opts.demoIfEmpty);
      if (cluster.isWorker) {
        return runWorker(config);
      }
      if (workers > 1) {
        if (!config.databaseUrl) {
          throw new AppError(
            400,
            'workers_need_postgres',
            '--workers 需要 PostgreSQL（设置 DATABASE_URL）：内嵌数据库的数据目录同一时间只能由一个进程打开',
            '--workers needs PostgreSQL (set DATABASE_URL): the embedded database’s data folder has one owner at a time',
          );
        }
        return runPrimary(workers, prepare);
      }
      const server = await startServer(config, { beforeListen: prepare });
      // Where files go follows the database unless set (ATTACHMENT_STORAGE): say which it is.
      const files =
        config.attachmentStorage === 'disk'
          ? `files in ${path.join(config.dataDir, 'attachments')}`
          : 'files in the database';
      console.log(
        `建言 Jianyan listening on ${server.url} (${server.database.kind}, ${files}; API docs at ${server.url}/api/docs)`,
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

async function loadDemoIfEmpty(
  database: Database,
  config: Config,
  demoIfEmpty: boolean | undefined,
) {
  if (!demoIfEmpty) {
    return;
  }
  // Loaded only when asked for: the demo pulls in the digest parser and its seed texts.
  const { isDatabaseEmpty, loadDemo } = await import('@jianyan/server/modules/demo/demo.loader.js');
  if (await isDatabaseEmpty(database.db)) {
    console.log('数据库为空，正在载入演示数据 / empty database: loading the demo data…');
    const summary = await loadDemo(database.db, config);
    console.log(
      `演示数据已载入 / demo loaded: ${summary.bodies} bodies, ${summary.users} users, ${summary.proposals} proposals`,
    );
  }
}
