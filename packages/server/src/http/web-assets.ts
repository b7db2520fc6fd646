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
 * not-found handler, which answers the app's own routes (/proposals/…, /portal/…) with it; the
 * caller keeps /api/ out of that fallback. Files under /assets/ carry a content hash in their
 * names, so browsers may keep them for a year; the index page is never cached, so a new build
 * is picked up on the next load.
 */
export async function registerWebAssets(
  app: FastifyInstance,
  distDir: string,
): Promise<string | undefined> {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    return undefined;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, filePath) {
      reply.header(
        'Cache-Control',
        filePath.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  return fs.readFileSync(index, 'utf8');
}
