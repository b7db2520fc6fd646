import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './databases.js';
import { createWorld, type Client, type World } from './harness.js';

describe.each(databaseKinds())('full-text search on %s', (kind) => {
  let w: World;
  let member: Client, member2: Client, staff: Client;

  const create = async (c: Client, title: string, problem: string, suggestions: string) =>
    (
      await c.post('/api/v1/proposals', {
        sessionId: w.bodies.a.sessionId,
        title,
        problem,
        suggestions,
      })
    ).body.proposalId as string;

  beforeAll(async () => {
    w = await createWorld(kind);
    [member, member2, staff] = await w.loginAs('alpha', ['member', 'member2', 'staff'] as const);
    await create(
      member,
      '关于加快发展低空经济的提案',
      '我市低空经济起步较晚，基础设施薄弱。',
      '建设通用机场，发展低空经济产业园。',
    );
    await create(
      member,
      '关于推进农村医养结合的提案',
      '农村养老服务设施不足。',
      '加快医养结合机构建设。',
    );
    await create(
      member2,
      '关于支持专精特新企业的提案',
      '中小企业融资难。',
      '设立专精特新企业发展基金，支持低空经济企业。',
    );
  });
  afterAll(async () => w.close());

  const titles = async (c: Client, q: string, extra = '') =>
    (
      (await c.get(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`)).body.items as {
        title: string;
      }[]
    ).map((i) => i.title);

  it('finds proposals by a segmented term, title matches first', async () => {
    expect(await titles(staff, '低空经济')).toEqual([
      '关于加快发展低空经济的提案',
      '关于支持专精特新企业的提案',
    ]);
    expect(await titles(staff, '医养结合')).toEqual(['关于推进农村医养结合的提案']);
    // Every word of the query must match.
    expect(await titles(staff, '低空经济 基金')).toEqual(['关于支持专精特新企业的提案']);
  });

  it('marks where the words occur, as ranges the page can render safely', async () => {
    const res = (await staff.get(`/api/v1/search?q=${encodeURIComponent('低空经济')}`)).body;
    const first = res.items[0];
    const [s, e] = first.highlights.title.marks[0];
    expect(first.highlights.title.snippet.slice(s, e)).toBe('低空经济');
    expect(first.highlights.text.snippet).toContain('低空经济');
  });

  it('counts every match on each page, and past the last one', async () => {
    const page = async (n: number) =>
      (await staff.get(`/api/v1/search?q=${encodeURIComponent('低空经济')}&pageSize=1&page=${n}`))
        .body as { items: { title: string }[]; total: number };
    const [first, second, past] = [await page(1), await page(2), await page(3)];
    expect([first.items.length, second.items.length, past.items.length]).toEqual([1, 1, 0]);
    expect(first.items[0]!.title).not.toBe(second.items[0]!.title);
    expect([first.total, second.total, past.total]).toEqual([2, 2, 2]);
    expect((await staff.get(`/api/v1/search?q=${encodeURIComponent('潜水艇')}`)).body.total).toBe(
      0,
    );
  });

  it('searches only what the caller may see', async () => {
    expect(await titles(member2, '低空经济')).toEqual(['关于支持专精特新企业的提案']);
    const beta = await w.login('beta', 'staff');
    expect(await titles(beta, '低空经济')).toEqual([]);
  });

  it('re-indexes in the same transaction as an edit, and finds signed reply text', async () => {
    const id = await create(member, '关于完善城市公交的提案', '公交线路覆盖不足。', '优化线路。');
    expect(await titles(staff, '微循环')).toEqual([]);
    const p = (await member.get(`/api/v1/proposals/${id}`)).body;
    await member.patch(
      `/api/v1/proposals/${id}`,
      { suggestions: '开通社区微循环公交。' },
      { 'if-match': `"${p.version}"` },
    );
    expect(await titles(staff, '微循环')).toEqual(['关于完善城市公交的提案']);
    expect(await titles(staff, '微循环', '&state=submitted')).toEqual([]);
  });

  it('finds similar proposals and marks near-duplicates of the same session as merge candidates', async () => {
    const original = (await titles(staff, '加快发展低空经济')).length;
    expect(original).toBeGreaterThan(0);
    const list = (await staff.get(`/api/v1/search?q=${encodeURIComponent('低空经济')}`)).body.items;
    const target = list.find((i: { title: string }) => i.title === '关于加快发展低空经济的提案');
    const dup = await create(
      member2,
      '关于大力发展低空经济产业的提案',
      '我市低空经济起步晚，通用机场等基础设施薄弱。',
      '建设通用机场，规划低空经济产业园。',
    );
    const similar = (await staff.get(`/api/v1/proposals/${dup}/similar`)).body;
    expect(similar[0]).toMatchObject({
      proposalId: target.proposalId,
      mergeCandidate: true,
      sameSession: true,
    });
    expect(similar.map((s: { title: string }) => s.title)).not.toContain(
      '关于推进农村医养结合的提案',
    );
    // Only what the caller may see: member2 does not see member's proposals.
    const own = (await member2.get(`/api/v1/proposals/${dup}/similar`)).body;
    expect(own.map((s: { proposalId: string }) => s.proposalId)).not.toContain(target.proposalId);
  });

  it('keeps a body’s own words whole once its administrator adds them to the dictionary', async () => {
    await create(member, '关于加快潇河新城建设的提案', '潇河新城配套不足。', '完善配套。');
    await create(member, '关于潇河流域综合治理的提案', '潇河流域污染。', '建设新城区污水处理厂。');
    // Cut into 潇河 + 新城, the query also finds the river proposal that mentions both apart.
    expect((await titles(staff, '潇河新城')).sort()).toEqual([
      '关于加快潇河新城建设的提案',
      '关于潇河流域综合治理的提案',
    ]);
    const admin = await w.login('alpha', 'admin');
    expect((await staff.put('/api/v1/search/dictionary', { words: ['潇河新城'] })).status).toBe(
      403,
    );
    const bad = await admin.put('/api/v1/search/dictionary', { words: ['潇 河'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'words.0' });
    expect(bad.body.error.messageZh).toContain('潇 河');
    const saved = await admin.put('/api/v1/search/dictionary', {
      words: ['潇河新城', ' 潇河新城 '],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.words).toEqual(['潇河新城']);
    expect((await staff.get('/api/v1/search/dictionary')).body.words).toEqual(['潇河新城']);
    // Now one word: only the proposal about the new town, marked whole.
    expect(await titles(staff, '潇河新城')).toEqual(['关于加快潇河新城建设的提案']);
    const hit = (await staff.get(`/api/v1/search?q=${encodeURIComponent('潇河新城')}`)).body
      .items[0];
    const [s, e] = hit.highlights.title.marks[0];
    expect(hit.highlights.title.snippet.slice(s, e)).toBe('潇河新城');
    // Another body's search is cut with its own (empty) dictionary.
    const beta = await w.login('beta', 'admin');
    expect((await beta.get('/api/v1/search/dictionary')).body.words).toEqual([]);
  });
});
