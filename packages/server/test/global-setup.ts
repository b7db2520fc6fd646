import type { TestProject } from 'vitest/node';
import { startPgServer, type PgServer } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

let server: PgServer | undefined;

/** One PostgreSQL server for the whole run; each test file makes its own database on it. */
export default async function setup(project: TestProject) {
  if (process.env.JIANYAN_SKIP_PG === '1') {
    project.provide('pgUrl', null);
    return;
  }
  server = await startPgServer();
  project.provide('pgUrl', server.url);
  return () => server?.stop();
}
