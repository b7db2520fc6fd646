import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build -w @jianyan/web` puts the web app. */
export const DEFAULT_WEB_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../web/dist',
);

/**
 * Serves the built web app at /, when it has been built. Returns the index page for the
 * not-found handler, which answers client-side routes (/proposals/…) with it.
 */
export async function registerWebAssets(
  app: FastifyInstance,
  distDir: string,
): Promise<string | undefined> {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    return undefined;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  return fs.readFileSync(index, 'utf8');
}
