import { DEFAULT_REPLY_CLASSES, PROFILE_13710 } from '@jianyan/shared';
import { expect } from 'vitest';
import type { DatabaseKind } from './databases.js';
import { USERS, createWorld, draftFor, type Client, type TestBody, type World } from './harness.js';

/**
 * Real records of one body, in the states the generated permission and fuzz tests need, and the
 * rule for calling every API route against them. A route missing from ROUTE_RULES, or with a path
 * parameter that has no fixture, makes those tests fail: a new endpoint needs a rule here.
 */
export interface BodyFixtures {
  body: TestBody;
  /** A marker in every text of this body's records, to find them in other bodies' answers. */
  secret: string;
  clients: Map<string, Client>;
  userIds: Record<string, string>;
  /** Drafted with an attachment and an invited co-signer, submitted, registered, assigned (edu
   * leads, health co-handles), objected to, in handling, with a reply draft and an extension
   * request. */
  mainId: string;
  /** A draft of `member`, with `member2` invited to co-sign. */
  draftId: string;
  /** Submitted, waiting for review. */
  submittedId: string;
  replyId: string;
  attachmentId: string;
  objectionId: string;
  extensionId: string;
  /** A plenary speech draft of `member`, submitted. */
  speechId: string;
  /** The person of `member` (duty records are by person). */
  personId: string;
  /** An activity (a plenary meeting) with attendance to record. */
  activityId: string;
  /** A public-opinion report (社情民意) of `member`. */
  reportId: string;
  /** A government work report imported by staff, its title carrying the secret. */
  workReportId: string;
  /** A confirmed target of it, assigned to edu (lead) and health, with edu's Q1 progress. */
  targetId: string;
  /** A target of it still waiting for review. */
  extractedTargetId: string;
  progressId: string;
  evidenceId: string;
  /** A supervised task (督办事项) assigned to edu under the 13710 profile. */
  itemId: string;
}

/** The identifiers and texts of a body that must never reach a caller of another body. */
export function secretsOf(f: BodyFixtures, includeDirectory: boolean): string[] {
  const ids = [
    f.mainId,
    f.draftId,
    f.submittedId,
    f.replyId,
    f.attachmentId,
    f.objectionId,
    f.extensionId,
    f.speechId,
    f.personId,
    f.activityId,
    f.reportId,
    f.workReportId,
    f.targetId,
    f.extractedTargetId,
    f.progressId,
    f.evidenceId,
    f.itemId,
    ...Object.values(f.userIds),
  ];
  const directory = [
    f.body.bodyId,
    f.body.sessionId,
    f.body.lateSessionId,
    ...Object.values(f.body.units),
    ...f.body.categories.map((c) => c.categoryId),
  ];
  return [f.secret, ...ids, ...(includeDirectory ? directory : [])];
}

/** A minimal real PDF, as members attach. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export function multipartFile(filename: string, content: Buffer, type = 'application/pdf') {
  const boundary = '----jianyan-security-test';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A short work report in the shape of the real ones: a review part, then the year's plan. */
export const WORK_REPORT = Buffer.from(
  [
    '政府工作报告',
    '一、2024年工作回顾',
    '去年地区生产总值增长4%。',
    '二、2025年工作安排',
    '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业3.5万人以上，新建“四好农村路”200公里以上。',
  ].join('\n'),
  'utf8',
);

function ok<T = any>(res: { status: number; body: T }, what: string): T {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

/** Logs every user of the body in and builds its records through the API. */
export async function buildBodyFixtures(w: World, body: TestBody): Promise<BodyFixtures> {
  const secret = `SECRET-${body.code}-${Math.random().toString(36).slice(2, 10)}`;
  const clients = new Map<string, Client>();
  const userIds: Record<string, string> = {};
  for (const [username] of USERS) {
    const c = await w.login(body.code, username);
    clients.set(username, c);
    userIds[username] = (await c.get('/api/v1/auth/me')).body.userId as string;
  }
  const c = (u: string) => clients.get(u)!;
  const draft = async (title: string, extra: object = {}) =>
    ok(
      await c('member').post('/api/v1/proposals', {
        ...draftFor(body.sessionId, `${title} ${secret}`),
        problem: `问题 ${secret}`,
        ...extra,
      }),
      'draft',
    ).proposalId as string;
  const draftId = await draft('草稿', { cosignerUserIds: [userIds.member2] });
  const submittedId = await draft('待审');
  ok(await c('member').post(`/api/v1/proposals/${submittedId}/submit`), 'submit');

  const mainId = await draft('办理中', { cosignerUserIds: [userIds.member3] });
  const file = multipartFile(`附件${secret}.pdf`, PDF);
  const attachmentId = ok(
    await c('member').request(
      'POST',
      `/api/v1/proposals/${mainId}/attachments`,
      file.payload,
      file.headers,
    ),
    'attach',
  ).attachmentId as string;
  const m = `/api/v1/proposals/${mainId}`;
  ok(await c('member').post(`${m}/submit`), 'submit main');
  ok(
    await c('staff').post(`${m}/register`, { categoryId: body.categories[0]!.categoryId }),
    'register',
  );
  ok(
    await c('staff').post(`${m}/assign`, {
      units: [
        { unitId: body.units.edu, role: 'lead' },
        { unitId: body.units.health, role: 'co' },
      ],
    }),
    'assign',
  );
  const objected = ok(
    await c('health-clerk').post(`${m}/objections`, { reason: `非本单位职责 ${secret}` }),
    'object',
  );
  const objectionId = objected.objections[0].objectionId as string;
  ok(await c('edu-clerk').post(`${m}/start`), 'start');
  const replyDraft = ok(
    await c('edu-clerk').put(`${m}/reply-draft`, { replyClass: 'B', text: `答复 ${secret}` }),
    'reply draft',
  );
  const extension = ok(
    await c('edu-clerk').post(`${m}/extensions`, { months: 1, reason: `需协调 ${secret}` }),
    'extension',
  );
  const speech = ok(
    await c('member').post('/api/v1/speeches', {
      sessionId: body.sessionId,
      title: `大会发言 ${secret}`,
      problem: `问题 ${secret}`,
      suggestions: '建议',
    }),
    'speech',
  );
  ok(
    await c('member').post(`/api/v1/speeches/${speech.speechId}/transition`, { action: 'submit' }),
    'submit speech',
  );
  const personId = (await c('member').get('/api/v1/auth/me')).body.personId as string;
  const activity = ok(
    await c('staff').post('/api/v1/duty/activities', {
      heldOn: '2025-02-21',
      kind: 'plenary',
      title: `全体会议 ${secret}`,
    }),
    'activity',
  );
  const report = ok(
    await c('member').post('/api/v1/duty/opinions', {
      title: `社情民意 ${secret}`,
      content: `内容 ${secret}`,
      submittedOn: '2025-03-01',
    }),
    'opinion report',
  );
  const workReport = c('staff').inject({
    method: 'POST',
    url: `/api/v1/work-reports?year=2025&title=${encodeURIComponent(`政府工作报告 ${secret}`)}`,
    ...(() => {
      const f = multipartFile('政府工作报告.txt', WORK_REPORT, 'text/plain');
      return { payload: f.payload, headers: f.headers };
    })(),
  });
  const imported = await workReport;
  expect(imported.statusCode, imported.body).toBe(201);
  const workReportId = imported.json<{ reportId: string }>().reportId;
  const targets = ok(await c('staff').get(`/api/v1/targets?reportId=${workReportId}`), 'targets')
    .items as { targetId: string }[];
  const targetId = targets[0]!.targetId;
  ok(await c('staff').post(`/api/v1/targets/${targetId}/confirm`), 'confirm target');
  ok(
    await c('staff').put(`/api/v1/targets/${targetId}/units`, {
      units: [
        { unitId: body.units.edu, lead: true },
        { unitId: body.units.health, lead: false },
      ],
    }),
    'assign target',
  );
  const progressed = ok(
    await c('edu-clerk').put(`/api/v1/targets/${targetId}/progress`, {
      quarter: 1,
      text: `一季度进展 ${secret}`,
      status: 'on_track',
    }),
    'progress',
  );
  const progressId = progressed.progress[0].progressId as string;
  const evidenceFile = multipartFile(`佐证${secret}.pdf`, PDF);
  const evidence = ok(
    await c('edu-clerk').request(
      'POST',
      `/api/v1/target-progress/${progressId}/evidence`,
      evidenceFile.payload,
      evidenceFile.headers,
    ),
    'evidence',
  );
  const item = ok(
    await c('staff').post('/api/v1/supervision/items', {
      title: `督办事项 ${secret}`,
      description: `说明 ${secret}`,
      unitIds: [body.units.edu],
      profileCode: '13710',
    }),
    'supervised task',
  );
  return {
    body,
    secret,
    clients,
    workReportId,
    targetId,
    extractedTargetId: targets[1]!.targetId,
    progressId,
    evidenceId: evidence.evidenceId as string,
    itemId: item.itemId as string,
    speechId: speech.speechId as string,
    personId,
    activityId: activity.activityId as string,
    reportId: report.reportId as string,
    userIds,
    mainId,
    draftId,
    submittedId,
    replyId: replyDraft.reply.replyId as string,
    attachmentId,
    objectionId,
    extensionId: extension.extensionId as string,
  };
}

/** One world per database kind with the same records in both bodies. */
export async function securityWorld(kind: DatabaseKind) {
  const w = await createWorld(kind, { loginRateLimitPerMinute: 100_000 });
  const alpha = await buildBodyFixtures(w, w.bodies.a);
  const beta = await buildBodyFixtures(w, w.bodies.b);
  return { w, alpha, beta };
}

type ProposalFixture = 'main' | 'draft' | 'submitted';

export interface RouteRule {
  /** Which proposal `:proposalId` names (default: the one in handling). */
  proposal?: ProposalFixture;
  /** Which target `:targetId` names (default: the assigned one with progress). */
  target?: 'assigned' | 'extracted';
  /** A valid request body against the given body's records. */
  body?: (f: BodyFixtures) => unknown;
  /** A file upload instead of a JSON body. */
  multipart?: boolean;
  headers?: Record<string, string>;
  /**
   * The request names the body's records (in its path or body), so a caller of another body must
   * be refused (404, or 400 for a foreign id in the body). Otherwise the caller works on their own
   * body's data and the answer is only checked for leaks.
   */
  namesRecords: boolean;
  /** Ends the caller's session: sent with a session of its own so the others stay logged in. */
  freshSession?: boolean;
  /** Whom the fuzz test sends (a user allowed to call it). */
  fuzzAs?: string;
}

const names = (rule: Omit<RouteRule, 'namesRecords'> = {}): RouteRule => ({
  ...rule,
  namesRecords: true,
});
const own = (rule: Omit<RouteRule, 'namesRecords'> = {}): RouteRule => ({
  ...rule,
  namesRecords: false,
});

/** Every API route, keyed "METHOD url" as in the route table. */
export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /api/v1/health': own(),
  'POST /api/v1/auth/login': own({
    // Nobody's account: a wrong password would lock a real one out after five tries.
    body: (f) => ({ body: f.body.code, username: 'nobody', password: 'wrong-password' }),
  }),
  // The fuzz test sends only bodies the parser refuses, so the session survives.
  'POST /api/v1/auth/logout': own({ freshSession: true, fuzzAs: 'member3' }),
  'GET /api/v1/auth/me': own(),
  'GET /api/v1/auth/session': own(),
  'POST /api/v1/auth/password': own({
    // A wrong current password: the matrix must not change anybody's password.
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'another-password-2' }),
    fuzzAs: 'member',
  }),
  'GET /api/v1/lifecycle': own(),
  'GET /api/v1/proposals': own(),
  'POST /api/v1/proposals': names({
    body: (f) => draftFor(f.body.sessionId, `新草稿 ${f.secret}`),
    fuzzAs: 'member',
  }),
  'GET /api/v1/proposals/:proposalId': names(),
  'PATCH /api/v1/proposals/:proposalId': names({
    proposal: 'draft',
    body: (f) => ({ title: `改过的标题 ${f.secret}` }),
    headers: { 'if-match': '"1"' },
    fuzzAs: 'member',
  }),
  'POST /api/v1/proposals/:proposalId/cosigners': names({
    proposal: 'draft',
    body: (f) => ({ userIds: [f.userIds.member3] }),
    fuzzAs: 'member',
  }),
  'POST /api/v1/proposals/:proposalId/cosign': names({
    proposal: 'draft',
    body: () => ({ accept: true }),
    fuzzAs: 'member2',
  }),
  'GET /api/v1/cosign-invitations': own(),
  'POST /api/v1/proposals/:proposalId/submit': names({ proposal: 'draft', fuzzAs: 'member' }),
  'POST /api/v1/proposals/:proposalId/withdraw': names({
    proposal: 'submitted',
    body: () => ({ reason: '撤回' }),
    fuzzAs: 'member',
  }),
  'GET /api/v1/proposals/:proposalId/events': names(),
  'POST /api/v1/proposals/:proposalId/supervision-notes': names({
    body: () => ({ text: '请加快办理' }),
    fuzzAs: 'leader',
  }),
  'POST /api/v1/proposals/:proposalId/register': names({
    proposal: 'submitted',
    body: (f) => ({ categoryId: f.body.categories[0]!.categoryId }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/proposals/:proposalId/reject': names({
    proposal: 'submitted',
    body: () => ({ reasonCode: 'outside_remit', comment: '不属于提案范围' }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/proposals/:proposalId/return': names({
    proposal: 'submitted',
    body: () => ({ comment: '请补充' }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/proposals/:proposalId/merge': names({
    proposal: 'submitted',
    body: (f) => ({ intoProposalId: f.mainId }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/review/register-many': names({
    body: (f) => ({
      proposalIds: [f.submittedId],
      categoryId: f.body.categories[0]!.categoryId,
    }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/proposals/:proposalId/assign': names({
    proposal: 'submitted',
    body: (f) => ({ units: [{ unitId: f.body.units.culture, role: 'lead' }] }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/assignments/assign-many': names({
    body: (f) => ({
      proposalIds: [f.submittedId],
      units: [{ unitId: f.body.units.culture, role: 'lead' }],
    }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/proposals/:proposalId/objections': names({
    body: () => ({ reason: '非本单位职责' }),
    fuzzAs: 'health-clerk',
  }),
  'POST /api/v1/proposals/:proposalId/objections/:objectionId/resolve': names({
    body: () => ({ resolution: 'upheld', note: '维持' }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/objections': own(),
  'POST /api/v1/proposals/:proposalId/start': names({ fuzzAs: 'edu-clerk' }),
  'POST /api/v1/proposals/:proposalId/contacts': names({
    body: () => ({ method: 'visit', contactedAt: '2025-02-19T10:00:00+08:00', summary: '走访' }),
    fuzzAs: 'edu-clerk',
  }),
  'POST /api/v1/proposals/:proposalId/co-unit-opinions': names({
    body: () => ({ text: '同意' }),
    fuzzAs: 'health-clerk',
  }),
  'GET /api/v1/reply-classes': own(),
  'PUT /api/v1/proposals/:proposalId/reply-draft': names({
    body: () => ({ replyClass: 'A', text: '已解决' }),
    fuzzAs: 'edu-clerk',
  }),
  'POST /api/v1/proposals/:proposalId/replies/:replyId/sign': names({ fuzzAs: 'edu-leader' }),
  'POST /api/v1/proposals/:proposalId/feedback': names({
    body: () => ({ verdict: 'satisfied' }),
    fuzzAs: 'member',
  }),
  'GET /api/v1/proposals/:proposalId/replies/:replyId/letter.docx': names(),
  'POST /api/v1/proposals/:proposalId/publish': names({ fuzzAs: 'staff' }),
  'GET /api/v1/public/proposals': own(),
  'GET /api/v1/public/bodies/:bodyCode/proposals/:proposalId': names(),
  'GET /api/v1/public/bodies/:bodyCode/feed.atom': own(),
  'GET /api/v1/public/bodies': own(),
  'POST /api/v1/proposals/:proposalId/attachments': names({
    proposal: 'draft',
    multipart: true,
    fuzzAs: 'member',
  }),
  'GET /api/v1/proposals/:proposalId/attachments/:attachmentId': names(),
  'DELETE /api/v1/proposals/:proposalId/attachments/:attachmentId': names({ fuzzAs: 'member' }),
  'GET /api/v1/body': own(),
  'PATCH /api/v1/body/settings': own({
    body: () => ({
      objectionWindowDays: 5,
      replyClasses: DEFAULT_REPLY_CLASSES.map((c) => ({ code: c.code, ...c.label })),
    }),
    fuzzAs: 'admin',
  }),
  'GET /api/v1/sessions': own(),
  'POST /api/v1/sessions': own({
    body: () => ({
      code: '2026',
      name: '第五次会议',
      submissionDeadline: '2026-02-25T12:00:00+08:00',
    }),
    fuzzAs: 'admin',
  }),
  'GET /api/v1/categories': own(),
  'POST /api/v1/categories': own({
    body: () => ({ name: '数字经济', area: 'economy' }),
    fuzzAs: 'admin',
  }),
  'GET /api/v1/units': own(),
  'POST /api/v1/units': own({ body: () => ({ name: '市审计局' }), fuzzAs: 'admin' }),
  'GET /api/v1/users': own(),
  'POST /api/v1/users': own({
    body: () => ({
      username: 'newcomer',
      password: 'password-123',
      displayName: '新委员',
      role: 'proposer',
    }),
    fuzzAs: 'admin',
  }),
  'PATCH /api/v1/users/:userId': names({ body: () => ({ displayName: '改名' }), fuzzAs: 'admin' }),
  'POST /api/v1/sessions/:sessionId/import': names({ multipart: true, fuzzAs: 'staff' }),
  'GET /api/v1/proposals/export.xlsx': own(),
  'GET /api/v1/statistics/overview': own(),
  'GET /api/v1/reports/review': own(),
  'GET /api/v1/reports/review.docx': own(),
  'GET /api/v1/reports/handling': own(),
  'GET /api/v1/reports/handling.docx': own(),
  'GET /api/v1/reports/statistics.xlsx': own(),
  'GET /api/v1/search': own(),
  'GET /api/v1/proposals/:proposalId/similar': names(),
  'GET /api/v1/notifications': own(),
  'POST /api/v1/notifications/read': own({
    body: () => ({ ids: ['00000000-0000-4000-8000-000000000000'] }),
    fuzzAs: 'member',
  }),
  'PATCH /api/v1/notifications/preferences': own({
    body: () => ({ emailOptOut: [] }),
    fuzzAs: 'member',
  }),
  'POST /api/v1/proposals/:proposalId/extensions': names({
    body: () => ({ months: 1, reason: '需协调' }),
    fuzzAs: 'edu-clerk',
  }),
  'POST /api/v1/proposals/:proposalId/extensions/:extensionId/decide': names({
    body: () => ({ approve: true }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/calendar': own(),
  'PUT /api/v1/calendar/overrides/:date': own({
    body: () => ({ kind: 'holiday', note: '本地节日' }),
    fuzzAs: 'admin',
  }),
  'DELETE /api/v1/calendar/overrides/:date': own({ fuzzAs: 'admin' }),
  'GET /api/v1/calendar/compute': own(),
  'GET /api/v1/extensions': own(),
  'GET /api/v1/similar': own(),
  'GET /api/v1/deadline-policy': own(),
  'GET /api/v1/duty/years': own(),
  'GET /api/v1/duty/me': own(),
  'GET /api/v1/duty/records': own(),
  'GET /api/v1/duty/records/export.xlsx': own(),
  'GET /api/v1/duty/records/:personId': names(),
  'GET /api/v1/duty/records/:personId/summary': names(),
  'GET /api/v1/duty/records/:personId/summary.docx': names(),
  'GET /api/v1/duty/weights': own(),
  'PUT /api/v1/duty/weights': own({ body: () => ({ proposal_led: 5 }), fuzzAs: 'staff' }),
  'GET /api/v1/duty/activities': own(),
  'POST /api/v1/duty/activities': own({
    body: () => ({ heldOn: '2025-03-01', kind: 'inspection', title: '视察' }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/duty/activities/:activityId': names(),
  'PUT /api/v1/duty/activities/:activityId/attendance': names({
    body: (f) => ({ entries: [{ personId: f.personId, status: 'present' }] }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/duty/attendance/import': own({ multipart: true, fuzzAs: 'staff' }),
  'POST /api/v1/duty/opinions': own({
    body: () => ({ title: '社情民意', submittedOn: '2025-03-02' }),
    fuzzAs: 'member',
  }),
  'PUT /api/v1/duty/opinions/:reportId/adoption': names({
    body: () => ({ adopted: true, adoptionLevel: '市级' }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/search/dictionary': own(),
  'PUT /api/v1/search/dictionary': own({ body: () => ({ words: ['潇河新城'] }), fuzzAs: 'admin' }),
  'GET /api/v1/proposals/:proposalId/routing-suggestions': names(),
  'GET /api/v1/notifications/preferences': own(),
  'GET /api/v1/speeches/mine': own(),
  'POST /api/v1/speeches': names({
    body: (f) => ({ sessionId: f.body.sessionId, title: `发言 ${f.secret}`, problem: '问题' }),
    fuzzAs: 'member',
  }),
  'GET /api/v1/speeches/:speechId': names(),
  'PATCH /api/v1/speeches/:speechId': names({
    body: (f) => ({ title: `改过的发言 ${f.secret}` }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/speeches/:speechId/transition': names({
    body: () => ({ action: 'select' }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/speeches/:speechId/proposal': names({ fuzzAs: 'member' }),
  'GET /api/v1/sessions/:sessionId/speeches': names(),
  'PUT /api/v1/sessions/:sessionId/speech-order': names({
    body: () => ({ speechIds: [] }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/sessions/:sessionId/speech-digest': names(),
  'PUT /api/v1/sessions/:sessionId/speech-digest': names({
    body: () => ({ heading: '大会发言摘编' }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/sessions/:sessionId/speech-digest/publish': names({ fuzzAs: 'staff' }),
  'POST /api/v1/sessions/:sessionId/speech-digest/unpublish': names({ fuzzAs: 'staff' }),
  'GET /api/v1/sessions/:sessionId/speech-digest.docx': names(),
  'GET /api/v1/public/bodies/:bodyCode/speech-digests': own(),
  'GET /api/v1/public/bodies/:bodyCode/sessions/:sessionCode/speech-digest': own(),
  'GET /api/v1/backup': own(),
  'GET /api/v1/work-reports': own(),
  // The matrix uploads a PDF without a year: refused, so each body keeps its one report.
  'POST /api/v1/work-reports': own({ multipart: true, fuzzAs: 'staff' }),
  'POST /api/v1/work-reports/:workReportId/targets': names({
    body: () => ({
      indicator: '城镇新增就业',
      quantity: 3.5,
      unit: '万人',
      comparison: 'at_least',
      sentence: '城镇新增就业3.5万人以上。',
    }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/targets': own(),
  'GET /api/v1/targets/:targetId': names(),
  'PATCH /api/v1/targets/:targetId': names({
    body: () => ({ indicator: '地区生产总值增长' }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/targets/:targetId/confirm': names({ target: 'extracted', fuzzAs: 'staff' }),
  'POST /api/v1/targets/:targetId/reject': names({ target: 'extracted', fuzzAs: 'staff' }),
  'PUT /api/v1/targets/:targetId/units': names({
    body: (f) => ({
      units: [
        { unitId: f.body.units.edu, lead: true },
        { unitId: f.body.units.health, lead: false },
      ],
    }),
    fuzzAs: 'staff',
  }),
  'PUT /api/v1/targets/:targetId/progress': names({
    body: () => ({ quarter: 1, text: '一季度进展', status: 'on_track' }),
    fuzzAs: 'edu-clerk',
  }),
  'POST /api/v1/target-progress/:progressId/evidence': names({
    multipart: true,
    fuzzAs: 'edu-clerk',
  }),
  'GET /api/v1/target-evidence/:evidenceId': names(),
  'POST /api/v1/targets/:targetId/proposal': names({ body: () => ({}), fuzzAs: 'member' }),
  'GET /api/v1/supervision/options': own(),
  'PUT /api/v1/supervision/profiles': own({
    body: () => ({ profiles: [PROFILE_13710] }),
    fuzzAs: 'admin',
  }),
  'GET /api/v1/supervision/items': own(),
  'POST /api/v1/supervision/items': names({
    body: (f) => ({
      title: `督办 ${f.secret}`,
      unitIds: [f.body.units.edu],
      profileCode: '13710',
    }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/supervision/items/:itemId': names(),
  'PUT /api/v1/supervision/items/:itemId/leader': names({
    body: (f) => ({ leaderUserId: f.userIds.leader }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/supervision/items/:itemId/notes': names({
    body: () => ({ text: '请加快办理' }),
    fuzzAs: 'leader',
  }),
  'POST /api/v1/supervision/items/:itemId/stages': names({
    body: () => ({ action: 'progress', text: '已部署推进' }),
    fuzzAs: 'edu-clerk',
  }),
  'POST /api/v1/supervision/items/:itemId/rating': names({
    body: () => ({ rating: 'good' }),
    fuzzAs: 'staff',
  }),
  'POST /api/v1/proposals/:proposalId/supervision': names({
    body: () => ({ profileCode: '13710' }),
    fuzzAs: 'staff',
  }),
  'GET /api/v1/supervision/metrics': own(),
};

/** The value of each path parameter, by name, for the body's records. */
export function pathParam(f: BodyFixtures, name: string, rule: RouteRule): string | undefined {
  const proposals: Record<ProposalFixture, string> = {
    main: f.mainId,
    draft: f.draftId,
    submitted: f.submittedId,
  };
  const params: Record<string, string> = {
    proposalId: proposals[rule.proposal ?? 'main'],
    replyId: f.replyId,
    attachmentId: f.attachmentId,
    objectionId: f.objectionId,
    extensionId: f.extensionId,
    speechId: f.speechId,
    personId: f.personId,
    activityId: f.activityId,
    reportId: f.reportId,
    workReportId: f.workReportId,
    targetId: rule.target === 'extracted' ? f.extractedTargetId : f.targetId,
    progressId: f.progressId,
    evidenceId: f.evidenceId,
    itemId: f.itemId,
    userId: f.userIds.member!,
    // The test world's sessions are coded by year (harness.ts).
    sessionCode: '2025',
    // A weekday the body may make a local holiday (calendar overrides are by date, not by id).
    date: '2025-03-18',
    sessionId: f.body.sessionId,
    bodyCode: f.body.code,
  };
  return params[name];
}

/** The route's URL with its parameters filled in for the body's records; throws on a gap. */
export function urlFor(url: string, f: BodyFixtures, rule: RouteRule): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = pathParam(f, name, rule);
    if (value === undefined) {
      throw new Error(`no fixture for path parameter :${name} of ${url}; add it to pathParam()`);
    }
    return value;
  });
}

/** A small CSV import of one row, for the import route. */
export const IMPORT_CSV = Buffer.from(
  [
    '标题,提案者,提案者类型,联名人,类别,提交时间,审查结果,案由,建议,主办单位,会办单位,答复类别,满意度',
    '关于导入测试的提案,张三,委员,,,2025-02-20 10:00,待审查,问题,建议,,,,',
  ].join('\r\n'),
  'utf8',
);
