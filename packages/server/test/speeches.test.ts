import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentXml,
  paragraphs,
} from '../src/modules/reports/documents/docx-parts.test-support.js';
import { parseDigest } from '../src/modules/speeches/digest/index.js';
import { importDigest } from '../src/modules/speeches/digest-import.service.js';
import { databaseKinds } from './databases.js';
import { createWorld, type Client, type World } from './harness.js';

const DIGEST = path.resolve('packages/server/src/modules/speeches/digest');
const SEEDS = path.resolve('packages/server/src/modules/demo/seeds');
const seedText = (city: string) =>
  fs.readFileSync(path.join(SEEDS, `${city}-cppcc-speeches-2025.txt`), 'utf8');

/** Who speaks, as a reader of the newspaper page established it (the parser's fixtures). */
const expectedSpeakers = (city: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(DIGEST, 'fixtures', `expected-${city}.json`), 'utf8')) as {
      speeches: { speakerName: string; deliveredBy: string | null }[];
    }
  ).speeches.map((s) => s.deliveredBy ?? s.speakerName);

const shape = (s: {
  titleLines: string[];
  speakerName: string;
  affiliation: string | null;
  deliveredBy: string | null;
}) => ({
  titleLines: s.titleLines,
  speakerName: s.speakerName,
  affiliation: s.affiliation,
  deliveredBy: s.deliveredBy,
});

describe.each(databaseKinds())('plenary speeches on %s', (kind) => {
  let w: World;
  let member: Client, member2: Client, party: Client, staff: Client, betaStaff: Client;
  let leader: Client;

  beforeAll(async () => {
    w = await createWorld(kind);
    [member, member2, party, staff, leader] = await w.loginAs('alpha', [
      'member',
      'member2',
      'party',
      'staff',
      'leader',
    ] as const);
    betaStaff = await w.login('beta', 'staff');
  });
  afterAll(async () => w.close());

  describe('the seed digests, imported, compile back into the same digest', () => {
    for (const [city, session, count] of [
      ['jinzhong', 'sessionId', 16],
      ['changzhi', 'lateSessionId', 10],
    ] as const) {
      it(`${city}: every speech placed with its speaker, in print order`, async () => {
        const sessionId = w.bodies.b[session];
        const parsed = parseDigest(seedText(city));
        const result = await importDigest(
          { db: w.database.db, now: w.clock.now, config: w.config },
          { bodyId: w.bodies.b.bodyId, sessionId, text: seedText(city), asProposals: false },
        );
        expect(result.speeches).toHaveLength(count);
        // Only the lede, photo captions, a stray title copy and a repeated paragraph are left.
        expect(
          result.unplaced.filter((u) => !/lede|caption|stray copy|repeats/.test(u.reason)),
        ).toEqual([]);

        const digest = (await betaStaff.get(`/api/v1/sessions/${sessionId}/speech-digest`)).body;
        expect(digest.heading).toBe(parsed.heading);
        expect(digest.speeches.map(shape)).toEqual(parsed.speeches.map(shape));
        expect(
          digest.speeches.map(
            (s: { deliveredBy: string | null; speakerName: string }) =>
              s.deliveredBy ?? s.speakerName,
          ),
        ).toEqual(expectedSpeakers(city));
        expect(digest.speeches.map((s: { position: number }) => s.position)).toEqual(
          parsed.speeches.map((s) => s.order),
        );

        const res = await w.app.inject({
          method: 'GET',
          url: `/api/v1/sessions/${sessionId}/speech-digest.docx`,
          headers: { cookie: betaStaff.cookieHeader },
        });
        expect(res.statusCode).toBe(200);
        const texts = paragraphs(documentXml(res.rawPayload)).map((p) => p.text);
        // The heading may be broken over two lines (before its dash).
        const unspaced = (t: string) => t.replace(/\s+/g, '');
        expect(texts.map(unspaced)).toContain(unspaced(parsed.heading));
        for (const s of parsed.speeches) {
          for (const line of s.titleLines) {
            expect(texts, line).toContain(line);
          }
        }
        expect(texts).toContain(
          parsed.speeches[0]!.deliveredBy
            ? `${parsed.speeches[0]!.speakerName} ${parsed.speeches[0]!.deliveredBy}`
            : `${parsed.speeches[0]!.affiliation} ${parsed.speeches[0]!.speakerName}`,
        );
      });
    }
  });

  describe('drafting, selection, order and edits', () => {
    const sessionId = () => w.bodies.a.sessionId;
    let mine: string, theirs: string, collective: string;

    const draft = (c: Client, title: string, extra: Record<string, string> = {}) =>
      c.post('/api/v1/speeches', {
        sessionId: sessionId(),
        title,
        subtitle: '助力高质量发展',
        affiliation: '市政协委员',
        problem: `${title}方面问题较多。`,
        suggestions: `一要加强${title}。二要完善保障。`,
        ...extra,
      });

    it('a member drafts and submits; only they and staff can read it', async () => {
      const res = await draft(member, '发展低空经济');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        state: 'draft',
        titleLines: ['发展低空经济', '助力高质量发展'],
        speakerName: 'alpha-member',
        speakerKind: 'member',
        affiliation: '市政协委员',
        allowedActions: ['submit'],
        canEdit: true,
      });
      mine = res.body.speechId;
      theirs = (await draft(member2, '建设托育体系')).body.speechId;
      const org = await draft(party, '壮大民营经济', { deliveredBy: '王五' });
      expect(org.body).toMatchObject({
        speakerName: '民盟市委会',
        speakerKind: 'organisation',
        affiliation: null,
        deliveredBy: '王五',
        speakerLine: '民盟市委会 王五',
      });
      collective = org.body.speechId;

      expect((await member2.get(`/api/v1/speeches/${mine}`)).status).toBe(404);
      expect((await betaStaff.get(`/api/v1/speeches/${mine}`)).status).toBe(404);
      expect((await member.get(`/api/v1/speeches/${mine}`)).status).toBe(200);
      expect((await staff.get(`/api/v1/speeches/${mine}`)).status).toBe(200);
      expect(
        (await member.get('/api/v1/speeches/mine')).body.items.map((s: any) => s.speechId),
      ).toEqual([mine]);
      // Staff cannot select a draft; the member cannot select their own speech.
      expect(
        (await staff.post(`/api/v1/speeches/${mine}/transition`, { action: 'select' })).status,
      ).toBe(409);

      for (const [c, id] of [
        [member, mine],
        [member2, theirs],
        [party, collective],
      ] as const) {
        const sub = await c.post(`/api/v1/speeches/${id}/transition`, { action: 'submit' });
        expect(sub.status).toBe(200);
        expect(sub.body.state).toBe('submitted');
      }
      expect(
        (await member.post(`/api/v1/speeches/${mine}/transition`, { action: 'select' })).status,
      ).toBe(403);
      // Submitted: the author can no longer edit it.
      expect((await member.patch(`/api/v1/speeches/${mine}`, { title: '改' })).status).toBe(409);
      expect((await staff.get(`/api/v1/sessions/${sessionId()}/speeches`)).body.items).toHaveLength(
        3,
      );
      expect((await betaStaff.get(`/api/v1/sessions/${sessionId()}/speeches`)).status).toBe(404);
    });

    it('staff return one for revision, select the others and put them in order', async () => {
      const back = await staff.post(`/api/v1/speeches/${theirs}/transition`, { action: 'return' });
      expect(back.body.state).toBe('draft');
      expect(
        (await member2.patch(`/api/v1/speeches/${theirs}`, { subtitle: '' })).body.titleLines,
      ).toEqual(['建设托育体系']);
      await member2.post(`/api/v1/speeches/${theirs}/transition`, { action: 'submit' });

      for (const id of [mine, theirs, collective]) {
        const sel = await staff.post(`/api/v1/speeches/${id}/transition`, { action: 'select' });
        expect(sel.body.state).toBe('selected');
      }
      const titles = async () =>
        (await staff.get(`/api/v1/sessions/${sessionId()}/speech-digest`)).body.speeches.map(
          (s: { titleLines: string[]; position: number }) => `${s.position}.${s.titleLines[0]}`,
        );
      expect(await titles()).toEqual(['1.发展低空经济', '2.建设托育体系', '3.壮大民营经济']);

      const order = await staff.put(`/api/v1/sessions/${sessionId()}/speech-order`, {
        speechIds: [collective, mine, theirs],
      });
      expect(order.status).toBe(200);
      expect(await titles()).toEqual(['1.壮大民营经济', '2.发展低空经济', '3.建设托育体系']);
      // The order must name every selected speech once.
      const bad = await staff.put(`/api/v1/sessions/${sessionId()}/speech-order`, {
        speechIds: [collective, mine],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0]).toMatchObject({ field: 'speechIds' });

      // Not selecting one takes it out of the digest and closes the gap.
      await staff.post(`/api/v1/speeches/${mine}/transition`, { action: 'not_select' });
      expect(await titles()).toEqual(['1.壮大民营经济', '2.建设托育体系']);
      await staff.post(`/api/v1/speeches/${mine}/transition`, { action: 'select' });
      expect(await titles()).toEqual(['1.壮大民营经济', '2.建设托育体系', '3.发展低空经济']);
    });

    it('staff edit a selected speech; the submitted text is kept and the edit recorded', async () => {
      w.clock.set('2025-02-22T10:00:00+08:00');
      const res = await staff.patch(`/api/v1/speeches/${mine}`, {
        title: '加快发展低空经济',
        suggestions: '一要规划低空航线。',
      });
      expect(res.status).toBe(200);
      expect(res.body.titleLines).toEqual(['加快发展低空经济', '助力高质量发展']);
      expect(res.body.original).toMatchObject({
        titleLines: ['发展低空经济', '助力高质量发展'],
        suggestions: '一要加强发展低空经济。二要完善保障。',
      });
      await staff.patch(`/api/v1/speeches/${mine}`, { problem: '起步较晚。' });
      const detail = (await member.get(`/api/v1/speeches/${mine}`)).body;
      // The original stays the submitted text after a second edit.
      expect(detail.original.titleLines).toEqual(['发展低空经济', '助力高质量发展']);
      const edits = detail.history.filter((e: { action: string }) => e.action === 'staff_edit');
      expect(edits).toHaveLength(2);
      expect(edits[0]).toMatchObject({
        actorName: 'alpha-staff',
        at: new Date('2025-02-22T10:00:00+08:00').toISOString(),
        payload: {
          changed: ['titleLines', 'suggestions'],
          before: { titleLines: ['发展低空经济', '助力高质量发展'] },
          after: { titleLines: ['加快发展低空经济', '助力高质量发展'] },
        },
      });
      expect(
        (await staff.get(`/api/v1/sessions/${sessionId()}/speech-digest`)).body.speeches[2],
      ).toMatchObject({
        titleLines: ['加快发展低空经济', '助力高质量发展'],
        problem: '起步较晚。',
      });
    });

    it('the digest is public only once staff publish it, under its heading', async () => {
      const url = `/api/v1/public/bodies/alpha/sessions/2025/speech-digest`;
      expect((await w.app.inject({ method: 'GET', url })).statusCode).toBe(404);
      expect(
        (await member.post(`/api/v1/sessions/${sessionId()}/speech-digest/publish`)).status,
      ).toBe(403);
      const heading = '凝心聚力谋发展 —— 第四次会议大会发言摘编';
      expect(
        (await staff.put(`/api/v1/sessions/${sessionId()}/speech-digest`, { heading })).body
          .heading,
      ).toBe(heading);
      const pub = await staff.post(`/api/v1/sessions/${sessionId()}/speech-digest/publish`);
      expect(pub.body.publishedAt).not.toBeNull();
      const res = await w.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.heading).toBe(heading);
      expect(body.speeches.map((s: { speakerLine: string }) => s.speakerLine)).toEqual([
        '民盟市委会 王五',
        '市政协委员 alpha-member2',
        '市政协委员 alpha-member',
      ]);
      const list = await w.app.inject({
        method: 'GET',
        url: '/api/v1/public/bodies/alpha/speech-digests',
      });
      expect(list.json().items.map((d: { sessionCode: string }) => d.sessionCode)).toEqual([
        '2025',
      ]);
      // Leaders read the preview; nobody in another body does.
      expect((await leader.get(`/api/v1/sessions/${sessionId()}/speech-digest`)).status).toBe(200);
      expect((await betaStaff.get(`/api/v1/sessions/${sessionId()}/speech-digest`)).status).toBe(
        404,
      );
    });

    it('turns a speech into a draft proposal of its speaker, linked both ways', async () => {
      const res = await member.post(`/api/v1/speeches/${mine}/proposal`);
      expect(res.status).toBe(201);
      const proposalId = res.body.proposalId;
      expect(res.body.speech.proposalId).toBe(proposalId);
      const proposal = (await member.get(`/api/v1/proposals/${proposalId}`)).body;
      expect(proposal).toMatchObject({
        state: 'draft',
        title: '加快发展低空经济 助力高质量发展',
        problem: '起步较晚。',
        suggestions: '一要规划低空航线。',
        proposerName: 'alpha-member',
        fromSpeech: { speechId: mine, title: '加快发展低空经济 助力高质量发展' },
      });
      expect((await member.get(`/api/v1/speeches/${mine}`)).body.proposalId).toBe(proposalId);
      expect((await member.post(`/api/v1/speeches/${mine}/proposal`)).status).toBe(409);
      // Another member cannot, staff of another body do not even see the speech.
      expect((await member2.post(`/api/v1/speeches/${collective}/proposal`)).status).toBe(404);
      expect((await betaStaff.post(`/api/v1/speeches/${collective}/proposal`)).status).toBe(404);

      // Staff turn the collective's speech into the collective's proposal.
      const byStaff = await staff.post(`/api/v1/speeches/${collective}/proposal`);
      expect(byStaff.status).toBe(201);
      const collectiveProposal = (await party.get(`/api/v1/proposals/${byStaff.body.proposalId}`))
        .body;
      expect(collectiveProposal).toMatchObject({
        state: 'draft',
        proposerType: 'collective',
        proposerName: '民盟市委会',
        fromSpeech: { speechId: collective },
      });
      expect((await party.post(`/api/v1/proposals/${byStaff.body.proposalId}/submit`)).status).toBe(
        200,
      );
    });
  });
});
