import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './databases.js';
import { createWorld, type Client, type World } from './harness.js';

describe.each(databaseKinds())('routing suggestions over HTTP on %s', (kind) => {
  let w: World;
  let member: Client, staff: Client, betaStaff: Client;

  const submitted = async (title: string, problem: string) => {
    const draft = await member.post('/api/v1/proposals', {
      sessionId: w.bodies.a.sessionId,
      title,
      problem,
      suggestions: '一是统筹规划；二是加大投入；三是加强管理。',
    });
    expect(draft.status).toBe(201);
    const id = draft.body.proposalId as string;
    expect((await member.post(`/api/v1/proposals/${id}/submit`)).status).toBe(200);
    return id;
  };

  const suggestions = (id: string, c: Client = staff) =>
    c.get(`/api/v1/proposals/${id}/routing-suggestions`);

  beforeAll(async () => {
    w = await createWorld(kind);
    [member, staff] = await w.loginAs('alpha', ['member', 'staff'] as const);
    [betaStaff] = await w.loginAs('beta', ['staff'] as const);
  });
  afterAll(async () => w.close());

  it('suggests the area, its category and the lead unit, with the matched words', async () => {
    const id = await submitted('关于扩大普惠性幼儿园供给的建议', '学前教育学位紧张，教师不足。');
    const res = await suggestions(id);
    expect(res.status).toBe(200);
    expect(res.body.units[0]).toMatchObject({
      unitId: w.bodies.a.units.edu,
      unitName: '市教育局',
      suggestedRole: 'lead',
    });
    expect(res.body.units[0].reasons.terms).toContain('幼儿园');
    const society = w.bodies.a.categories.find((c) => c.area === 'society')!;
    expect(res.body.categories[0]).toMatchObject({
      name: '社会建设',
      area: 'society',
      categoryId: society.categoryId,
    });
    expect(res.body.categories).toHaveLength(5);
  });

  it('is for staff of the body only', async () => {
    const id = await submitted('关于加强乡村医生队伍建设的建议', '村医老龄化。');
    expect((await suggestions(id, member)).status).toBe(403);
    expect((await suggestions(id, betaStaff)).status).toBe(404);
  });

  it('learns where the body sends a subject as staff assign proposals', async () => {
    const fitness = (place: string) => `关于在${place}建设全民健身场地的建议`;
    const probe = await submitted(fitness('城北社区'), '居民健身场地不足。');
    // No fitness bureau in this body: the lexicon sends sports to culture and tourism.
    expect((await suggestions(probe)).body.units[0].unitName).toBe('市文化和旅游局');

    const society = w.bodies.a.categories.find((c) => c.area === 'society')!;
    for (const place of ['城南社区', '东山片区', '西山片区']) {
      const id = await submitted(fitness(place), '居民健身场地不足。');
      expect(
        (await staff.post(`/api/v1/proposals/${id}/register`, { categoryId: society.categoryId }))
          .status,
      ).toBe(200);
      expect(
        (
          await staff.post(`/api/v1/proposals/${id}/assign`, {
            units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
          })
        ).status,
      ).toBe(200);
    }

    const learned = (await suggestions(probe)).body;
    expect(learned.historySize).toBeGreaterThanOrEqual(3);
    expect(learned.units[0].unitName).toBe('市教育局');
    expect(learned.units[0].reasons.similar.map((s: { title: string }) => s.title)).toContain(
      fitness('城南社区'),
    );
  });
});
