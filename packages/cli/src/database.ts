import { loadConfig, openDatabase, type Database } from '@jianyan/server';

/**
 * Opens the configured database for a CLI command. With PGlite this takes the DATA_DIR lock, so
 * a command refuses (naming the holder) while the server runs on the same folder.
 */
export async function withDatabase<T>(
  command: string,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command,
  });
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}

export const systemContext = (database: Database) => ({
  db: database.db,
  now: () => new Date(),
  config: loadConfig(),
});
