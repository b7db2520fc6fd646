import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './harness.js';

describe('the route table', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld('pglite');
  });
  afterAll(async () => w.close());

  it('declares who may call every API route', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(spec.openapi).toMatch(/^3\./);
    const api = w.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(40);
    expect(api.filter((r) => r.access === undefined)).toEqual([]);
    // Every API route is documented.
    const documented = Object.entries(spec.paths).flatMap(([p, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(api.map((r) => `${r.method} ${r.url}`).filter((r) => !documented.includes(r))).toEqual(
      [],
    );
  });

  it('documents the lifecycle, proposals and health in OpenAPI at /api/docs', async () => {
    const spec = (await w.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/proposals',
        '/api/v1/proposals/{proposalId}/register',
        '/api/v1/public/proposals',
      ]),
    );
    const ui = await w.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('sends security headers and keeps API answers out of caches', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
