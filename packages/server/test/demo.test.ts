import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPOSAL_STATES, ROLES } from '@jianyan/shared';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { buildApp, type App } from '../src/http/app.js';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.js';
import { isDatabaseEmpty, loadDemo } from '../src/modules/demo/demo.loader.js';
import { freshDatabase } from './databases.js';

describe('the demo data', () => {
  let database: Database;
  let app: App;
  // As `npm start` runs it: the embedded database's defaults, files kept on disk in DATA_DIR.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-demo-'));
  const config = loadConfig({ DATA_DIR: dataDir });
  beforeAll(async () => {
    database = await freshDatabase('pglite');
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    await loadDemo(database.db, config);
    app = await buildApp({ database, config });
  }, 180_000);
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const login = async (body: string, username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { body, username, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, `${username}: ${res.body}`).toBe(200);
    return String(res.headers['set-cookie']).split(';')[0]!;
  };

  it('has both bodies, with accounts for every role under the documented password', async () => {
    const bodies = (await app.inject({ method: 'GET', url: '/api/v1/public/bodies' })).json<
      { code: string; name: string }[]
    >();
    expect(bodies.map((b) => b.name).sort()).toEqual(['政协晋中市委员会', '政协长治市委员会']);
    const cookie = await login('jinzhong', 'jz-admin');
    const users = (
      await app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } })
    ).json<{ role: string }[]>();
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(ROLES));
    for (const u of [
      'jz-staff',
      'jz-leader',
      'jz-member1',
      'jz-edu-clerk',
      'jz-wjw-leader',
      'cz-staff',
      'cz-s01',
    ]) {
      await login(u.startsWith('cz') ? 'changzhi' : 'jinzhong', u);
    }
  });

  it('has supervised items in every outcome, the unit seeing its own', async () => {
    const cookie = await login('jinzhong', 'jz-staff');
    const items = (
      await app.inject({ method: 'GET', url: '/api/v1/supervision/items', headers: { cookie } })
    ).json<{
      items: { title: string; kind: string; state: string; rating: string | null; round: number }[];
    }>().items;
    expect(items.map((i) => [i.kind, i.state, i.rating, i.round]).sort()).toEqual(
      [
        ['proposal', 'open', null, 1],
        ['task', 'closed', 'excellent', 1],
        ['task', 'closed', 'good', 1],
        ['task', 'open', null, 1],
        ['task', 'open', null, 2],
      ].sort(),
    );
    const edu = await login('jinzhong', 'jz-edu-clerk');
    const mine = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/supervision/items',
        headers: { cookie: edu },
      })
    ).json<{ items: { title: string }[] }>().items;
    expect(mine.map((i) => i.title).sort()).toEqual([
      '整治城区学校周边交通秩序',
      '规范校外培训机构收费',
    ]);
  });

  it('carries the real speeches as proposals, in every state of the lifecycle', async () => {
    const states = new Set<string>();
    for (const [body, user] of [
      ['jinzhong', 'jz-staff'],
      ['changzhi', 'cz-staff'],
    ] as const) {
      const cookie = await login(body, user);
      const list = (
        await app.inject({
          method: 'GET',
          url: '/api/v1/proposals?pageSize=100',
          headers: { cookie },
        })
      ).json<{
        items: { title: string; state: string; proposerName: string; origin: string }[];
      }>();
      list.items.forEach((i) => states.add(i.state));
      // Submitted in the session's week: plenary proposals (大会提案), numbered 0001 on.
      const submitted = list.items.filter((i) => i.state !== 'draft');
      expect(submitted.filter((i) => i.origin === 'plenary').length).toBe(submitted.length);
      if (body === 'jinzhong') {
        expect(list.items).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              title: '推进农村医养结合 健全养老服务体系',
              proposerName: '梁勇',
            }),
            expect.objectContaining({
              title: '擦亮三个手球“国字号”品牌 打造晋中体育强市新名片',
              proposerName: '民革晋中市委会',
            }),
          ]),
        );
      } else {
        expect(list.items.map((i) => i.proposerName)).toContain('政协沁源县委员会');
      }
    }
    expect([...states].sort()).toEqual([...PROPOSAL_STATES].sort());
  });

  it('publishes some replies to the portal', async () => {
    const pub = (
      await app.inject({ method: 'GET', url: '/api/v1/public/proposals?body=jinzhong' })
    ).json<{
      items: { replies: unknown[] }[];
    }>();
    expect(pub.items.length).toBeGreaterThan(0);
    expect(pub.items.every((i) => i.replies.length > 0)).toBe(true);
  });

  it('tracks the 2026 government work report in jinzhong: confirmed, assigned, with progress', async () => {
    const get = async (username: string, url: string) =>
      (
        await app.inject({
          method: 'GET',
          url,
          headers: { cookie: await login('jinzhong', username) },
        })
      ).json<{
        items: {
          indicator: string;
          status: string;
          units: { name: string; isLead: boolean }[];
          latestProgress: { quarter: number } | null;
        }[];
      }>().items;
    const staffView = await get('jz-staff', '/api/v1/targets');
    const statuses = new Set(staffView.map((t) => t.status));
    expect(statuses).toEqual(new Set(['extracted', 'confirmed', 'rejected']));
    const memberView = await get('jz-member1', '/api/v1/targets');
    expect(memberView.every((t) => t.status === 'confirmed' && t.units.length > 0)).toBe(true);
    const jobs = memberView.find((t) => t.indicator === '城镇新增就业')!;
    expect(jobs.units[0]).toEqual(
      expect.objectContaining({ name: '市人力资源和社会保障局', isLead: true }),
    );
    expect(jobs.latestProgress?.quarter).toBe(3);
    const unitView = await get('jz-rsj-clerk', '/api/v1/targets');
    expect(unitView.map((t) => t.indicator)).toEqual(['城镇新增就业']);
  });

  it('serves the evidence the demo attached, from the server’s own data folder', async () => {
    const cookie = await login('jinzhong', 'jz-staff');
    const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
    const targets = (await get('/api/v1/targets')).json<{
      items: { targetId: string; indicator: string }[];
    }>().items;
    const gdp = targets.find((t) => t.indicator === '地区生产总值增长')!;
    const detail = (await get(`/api/v1/targets/${gdp.targetId}`)).json<{
      progress: { evidence: { evidenceId: string; filename: string }[] }[];
    }>();
    const [evidence] = detail.progress.flatMap((p) => p.evidence);
    expect(evidence?.filename).toBe('三季度工作台账.txt');
    const download = await get(`/api/v1/target-evidence/${evidence!.evidenceId}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('地区生产总值增长：三季度工作台账（演示数据）\n');
  });
});
