import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProposals, ImportRejected } from '../src/modules/imports/imports.service.js';
import { exportProposals } from '../src/modules/imports/proposal-export.js';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type World } from './harness.js';

function multipart(filename: string, content: Buffer) {
  const boundary = '----jianyan-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const HEADER =
  '标题,提案者,提案者类型,联名人,类别,提交时间,审查结果,案由,建议,主办单位,会办单位,答复类别,满意度';

describe.each(databaseKinds())('importing proposals on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(kind);
  });
  afterAll(async () => w.close());

  const ctx = () => ({ db: w.database.db, now: w.clock.now, config: w.config });
  const count = async () => {
    const staff = await w.login('alpha', 'staff');
    return (await staff.get('/api/v1/proposals?pageSize=1')).body.total as number;
  };

  it('stores nothing when any row is bad, and reports every bad row with line, column and reason', async () => {
    const csv = [
      HEADER,
      '关于发展低空经济的提案,张三,委员,,经济建设,2025-02-20 10:00,立案,案由,建议,市教育局,,B,满意',
      ',李四,委员,,,2025-02-20,待审查,,,,,,',
      '关于养老的提案,王五,专家,,社会建设,2025-02-31,立案,,,市不存在局,,E,很满意',
    ].join('\n');
    const before = await count();
    const err = await importProposals(ctx(), {
      bodyId: w.bodies.a.bodyId,
      sessionId: w.bodies.a.sessionId,
      filename: 'bad.csv',
      content: Buffer.from(csv),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    const problems = (err as ImportRejected).problems.map((p) => `${p.line}:${p.column}`);
    expect(problems).toEqual([
      '3:标题',
      '4:提案者类型',
      '4:提交时间',
      '4:主办单位',
      '4:答复类别',
      '4:满意度',
    ]);
    expect((err as ImportRejected).problems[0]!.reasonZh).toBe('不能为空');
    expect(await count()).toBe(before);
  });

  it('imports a UTF-8 CSV with a BOM; rows after the deadline become interim', async () => {
    const csv =
      '\ufeff' +
      [
        HEADER,
        '关于发展低空经济的提案,张三,委员,李四；王五,经济建设,2025-02-20 10:00,立案,低空经济起步晚,加快布局,市教育局,市卫生健康委员会,B,满意',
        '关于加强民主监督的提案,民盟市委会,集体,,,2025-02-26 09:00,待审查,监督不足,完善机制,,,,',
      ].join('\r\n');
    const r = await importProposals(ctx(), {
      bodyId: w.bodies.a.bodyId,
      sessionId: w.bodies.a.sessionId,
      filename: 'good.csv',
      content: Buffer.from(csv),
    });
    expect(r).toMatchObject({ imported: 2, interim: 1, byState: { closed: 1, submitted: 1 } });
    const staff = await w.login('alpha', 'staff');
    const list = (await staff.get('/api/v1/proposals?q=低空经济')).body.items;
    const detail = (await staff.get(`/api/v1/proposals/${list[0].proposalId}`)).body;
    expect(detail).toMatchObject({
      state: 'closed',
      origin: 'plenary',
      number: 1,
      proposerName: '张三',
      categoryName: '经济建设',
    });
    expect(detail.cosigners.map((c: { displayName: string }) => c.displayName).sort()).toEqual([
      '李四',
      '王五',
    ]);
    expect(
      detail.assignments
        .map((a: { unitName: string; role: string }) => `${a.role}:${a.unitName}`)
        .sort(),
    ).toEqual(['co:市卫生健康委员会', 'lead:市教育局']);
    const interim = (await staff.get('/api/v1/proposals?origin=interim')).body.items;
    expect(interim.map((i: { title: string }) => i.title)).toEqual(['关于加强民主监督的提案']);
  });

  it('re-imports its own XLSX export to the same data', async () => {
    const a = w.bodies.a;
    const exported = await exportProposals(ctx(), a.bodyId, a.sessionId, 'xlsx');
    const target = w.bodies.b;
    await importProposals(ctx(), {
      bodyId: target.bodyId,
      sessionId: target.sessionId,
      filename: 'x.xlsx',
      content: exported.content,
    });
    const again = await exportProposals(ctx(), target.bodyId, target.sessionId, 'csv');
    const first = await exportProposals(ctx(), a.bodyId, a.sessionId, 'csv');
    expect(again.content.toString('utf8').split('\n')).toEqual(
      first.content.toString('utf8').split('\n'),
    );
  });

  it('lets staff import through the API and anyone export the list they see', async () => {
    const staff = await w.login('alpha', 'staff');
    const clerk = await w.login('alpha', 'edu-clerk');
    const body = multipart(
      '提案.csv',
      Buffer.from(`${HEADER}\n关于网页导入的提案,赵六,委员,,,2025-02-21,待审查,,,,,,`),
    );
    const send = (c: typeof staff) =>
      c.request('POST', `/api/v1/sessions/${w.bodies.a.sessionId}/import`, body.payload, {
        'content-type': body.contentType,
      });
    expect((await send(clerk)).status).toBe(403);
    const res = await send(staff);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 1 });

    const member = await w.login('alpha', 'member');
    await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId, '我自己的草稿'));
    const download = async (c: typeof staff, query: string) => {
      const r = await w.app.inject({
        method: 'GET',
        url: `/api/v1/proposals/export.xlsx?${query}`,
        headers: { cookie: c.cookieHeader },
      });
      expect(r.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      const titles: string[] = [];
      wb.worksheets[0]!.eachRow((row, n) => n > 1 && titles.push(row.getCell(2).text));
      return titles;
    };
    expect(await download(member, '')).toEqual(['我自己的草稿']);
    expect(await download(staff, 'origin=plenary&state=submitted')).toContain('关于网页导入的提案');
  });

  it('exports a long list whole, each proposal once, as the list counts it', async () => {
    const a = w.bodies.a;
    const lines = Array.from(
      { length: 230 },
      (_, i) => `关于长名单第${i + 1}件的提案,赵六,委员,,,2025-02-21,待审查,,,,,,`,
    );
    await importProposals(ctx(), {
      bodyId: a.bodyId,
      sessionId: a.sessionId,
      filename: 'long.csv',
      content: Buffer.from(`${HEADER}\n${lines.join('\n')}`),
    });
    const staff = await w.login('alpha', 'staff');
    const query = `sessionId=${a.sessionId}&q=${encodeURIComponent('长名单')}`;
    // Each page of the list counts every match: the first, the last and one past it.
    const pages = await Promise.all(
      [1, 23, 24].map(async (page) => {
        const r = await staff.get(`/api/v1/proposals?${query}&pageSize=10&page=${page}`);
        return { total: r.body.total, shown: r.body.items.length };
      }),
    );
    expect(pages).toEqual([
      { total: 230, shown: 10 },
      { total: 230, shown: 10 },
      { total: 230, shown: 0 },
    ]);
    const filtered = await staff.get(`/api/v1/proposals?${query}&state=registered`);
    expect([filtered.body.total, filtered.body.items.length]).toEqual([0, 0]);
    const r = await w.app.inject({
      method: 'GET',
      url: `/api/v1/proposals/export.xlsx?${query}`,
      headers: { cookie: staff.cookieHeader },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const titles: string[] = [];
    wb.worksheets[0]!.eachRow((row, n) => n > 1 && titles.push(row.getCell(2).text));
    expect(titles).toHaveLength(230);
    expect(new Set(titles).size).toBe(230);
  });
});
