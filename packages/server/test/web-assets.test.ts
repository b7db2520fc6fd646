import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { buildApp, type App } from '../src/http/app.js';
import { freshDatabase } from './databases.js';

describe('the web app served by the server', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'main-3f9a1c.js'), 'console.log(1)');
    database = await freshDatabase('pglite');
    app = await buildApp({ database, config: loadConfig({}), webDist: dist });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers the app’s own addresses with its page, for GET and HEAD (link checkers)', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await app.inject({ method, url: '/portal/jinzhong/proposals/abc' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
    }
    expect((await app.inject({ method: 'GET', url: '/search?q=低空' })).body).toContain('root');
  });

  it('lets browsers keep hashed assets for a year, and never the page', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/main-3f9a1c.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const page = await app.inject({ method: 'GET', url: '/my' });
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('answers unknown API addresses with a JSON 404, not the page', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.messageZh).toContain('没有这个地址');
  });
});
