import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { buildApp, type App } from './http/app.js';
import { smtpMailer } from './modules/notifications/mailer.js';
import { webhookSms } from './modules/notifications/sms.js';
import { startScheduler } from './modules/scheduler/scheduler.js';
import { sweepTemporaryFiles } from './modules/attachments/file-store.js';
import { startEmbeddedUpkeep } from './db/embedded-upkeep.js';

/** An upload's temporary file older than this, in a folder shared by processes, is left over. */
const TEMPORARY_FILE_MAX_AGE_MS = 60 * 60_000;

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database (locking DATA_DIR for PGlite), migrates, and serves the API. */
export async function startServer(
  config: Config,
  opts: {
    beforeListen?: (database: Database) => Promise<void>;
    logger?: boolean;
    /** The server's clock (tests and demos set one); the real time by default. */
    now?: () => Date;
    /** Set in one of several server processes (`serve --workers`): named in X-Jianyan-Worker. */
    workerId?: number;
  } = {},
): Promise<RunningServer> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: 'jianyan serve',
  });
  try {
    await database.migrate();
    // Uploads cut off by a kill leave temporary files; PGlite's folder is this process's alone.
    await sweepTemporaryFiles(config.dataDir, {
      olderThan:
        database.kind === 'pglite' ? undefined : new Date(Date.now() - TEMPORARY_FILE_MAX_AGE_MS),
    });
    await opts.beforeListen?.(database);
    const app = await buildApp({ database, config, logger: opts.logger ?? true, now: opts.now });
    if (opts.workerId !== undefined) {
      // Which process answered: for operators checking that the port spreads the load.
      const worker = String(opts.workerId);
      app.addHook('onSend', async (_req, reply) => {
        reply.header('X-Jianyan-Worker', worker);
      });
    }
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const scheduler =
      config.schedulerIntervalSeconds > 0
        ? startScheduler(database.db, {
            intervalMs: config.schedulerIntervalSeconds * 1000,
            now: opts.now,
            mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined,
            sms: config.smsWebhookUrl
              ? webhookSms(config.smsWebhookUrl, config.smsWebhookToken)
              : undefined,
            onError: (e) => app.log.error(e),
          })
        : undefined;
    // PostgreSQL's autovacuum daemon has no counterpart inside PGlite: the server does its work.
    const upkeep =
      database.kind === 'pglite'
        ? startEmbeddedUpkeep(database.db, { onError: (e) => app.log.error(e) })
        : undefined;
    let stopped = false;
    return {
      app,
      database,
      url: `http://127.0.0.1:${port}`,
      async stop() {
        if (stopped) {
          return;
        }
        stopped = true;
        scheduler?.stop();
        await app.close();
        await upkeep?.stop();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
