import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import type { CategoryArea } from '@jianyan/shared';
import type { Config } from '../../config.js';
import type { ServiceContext } from '../../context.js';
import type { Db, DbOrTx } from '../../db/database.js';
import { bodies } from '../../db/schema/index.js';
import { createSession, createUnit, createUser } from '../admin/admin.service.js';
import { insertCategory, insertTerm, listCategories } from '../admin/bodies.queries.js';
import { createBody } from '../admin/bodies.service.js';
import type { Actor } from '../auth/actor.js';
import * as assignments from '../assignments/assignments.service.js';
import * as proposals from '../proposals/proposals.service.js';
import * as publication from '../publication/publication.service.js';
import * as replies from '../replies/replies.service.js';
import * as review from '../review/review.service.js';
import { parseDigest, type ParsedSpeech } from '../speeches/digest/index.js';
import {
  DEMO_BODIES,
  DEMO_EXTRA_MEMBERS,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_UNITS,
  type DemoBody,
} from './demo-data.js';
import { loadDemoDuty } from '../members/demo-duty.js';
import { loadDemoTargets } from '../pledges/demo-targets.js';
import { loadDemoSupervision } from '../supervision/demo-supervision.js';

const SEEDS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seeds');

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(bodies);
  return (row?.n ?? 0) === 0;
}

/** The states the demo's proposals end in, so that every page of the app has something to show. */
type DemoTarget =
  | 'published'
  | 'closed'
  | 'replied'
  | 'rehandling'
  | 'handling'
  | 'assigned'
  | 'registered'
  | 'submitted'
  | 'draft';
const TARGETS: DemoTarget[] = [
  'published',
  'closed',
  'replied',
  'rehandling',
  'handling',
  'assigned',
  'registered',
  'published',
  'submitted',
  'draft',
];

const SUB_CATEGORIES: [CategoryArea, string][] = [
  ['economy', '产业发展'],
  ['economy', '乡村振兴'],
  ['economy', '能源转型'],
  ['politics', '民主法治'],
  ['culture', '文化旅游'],
  ['culture', '体育事业'],
  ['society', '教育'],
  ['society', '医疗卫生与养老'],
  ['ecology', '生态保护'],
];

const AREA_WORDS: [CategoryArea, string[]][] = [
  ['ecology', ['生态', '黄河', '绿色', '环境', '碳']],
  ['culture', ['文化', '旅游', '文旅', '手球', '体育', '非遗']],
  ['society', ['养老', '医养', '医疗', '教育', '就业', '社区', '民生']],
  ['politics', ['法治', '民主', '监督', '政协']],
];
const SUB_WORDS: [string, string[]][] = [
  ['体育事业', ['手球', '体育']],
  ['文化旅游', ['旅游', '文旅', '文化']],
  ['医疗卫生与养老', ['养老', '医养', '医疗']],
  ['生态保护', ['生态', '黄河']],
  ['乡村振兴', ['农业', '农村', '乡村']],
  ['能源转型', ['煤', '能源', '煤化工']],
  ['教育', ['教育', '学校']],
];

const textOf = (s: ParsedSpeech) => `${s.title}${s.problem}${s.suggestions}`;

function areaOf(text: string): CategoryArea {
  return AREA_WORDS.find(([, words]) => words.some((w) => text.includes(w)))?.[0] ?? 'economy';
}

function leadUnitKeyOf(text: string): string {
  let best = 'fgw';
  let bestScore = 0;
  for (const [, key, words] of DEMO_UNITS) {
    const score = words.reduce((n, w) => n + (text.split(w).length - 1), 0);
    if (score > bestScore) {
      [best, bestScore] = [key, score];
    }
  }
  return best;
}

class DemoClock {
  private t: number;
  constructor(start: string) {
    this.t = Date.parse(start);
  }
  now = () => new Date(this.t);
  /**
   * Each demo proposal walks its own timeline from the session's submission week, so the clock
   * goes back for the next one: were it only to move forward, every proposal after the first
   * closed one would be submitted in July, after the deadline, and become an interim proposal.
   */
  set(iso: string) {
    this.t = Date.parse(iso);
  }
  tick(minutes = 7) {
    this.t += minutes * 60_000;
  }
}

export interface DemoSummary {
  bodies: number;
  users: number;
  proposals: number;
}

/**
 * Loads both demo bodies in one transaction: all of it, or nothing. `config` is the server's: the
 * demo's evidence files go where that server will look for them (DATA_DIR, on PGlite).
 */
export async function loadDemo(db: Db, config: Config): Promise<DemoSummary> {
  const summary: DemoSummary = { bodies: 0, users: 0, proposals: 0 };
  await db.transaction(async (tx) => {
    for (const demo of DEMO_BODIES) {
      const s = await loadBody(tx, demo, config);
      summary.bodies += 1;
      summary.users += s.users;
      summary.proposals += s.proposals;
    }
  });
  return summary;
}

async function loadBody(tx: DbOrTx, demo: DemoBody, config: Config) {
  const clock = new DemoClock('2025-01-10T09:00:00+08:00');
  const sys = { db: tx, now: clock.now, config };
  const body = await createBody(sys, {
    code: demo.code,
    name: demo.name,
    kind: 'cppcc',
    level: 'city',
    region: demo.region,
  });
  const term = await insertTerm(tx, {
    bodyId: body.bodyId,
    number: demo.termNumber,
    name: demo.termName,
  });
  const session = await createSession(sys, body.bodyId, {
    code: demo.session.code,
    name: demo.session.name,
    opensOn: demo.session.opensOn,
    closesOn: demo.session.closesOn,
    submissionDeadline: new Date(demo.session.deadline),
    termId: term.termId,
  });
  const areas = await listCategories(tx, body.bodyId);
  for (const [i, [area, name]] of SUB_CATEGORIES.entries()) {
    const parent = areas.find((c) => c.area === area && !c.parentCategoryId);
    await insertCategory(tx, {
      bodyId: body.bodyId,
      area,
      name,
      parentCategoryId: parent?.categoryId,
      sortOrder: 10 + i,
    });
  }
  const categories = await listCategories(tx, body.bodyId);

  const actors = new Map<string, Actor>();
  let users = 0;
  const addUser = async (
    username: string,
    input: Omit<Parameters<typeof createUser>[2], 'username' | 'password'>,
  ) => {
    const u = await createUser(sys, body.bodyId, { ...input, username, password: DEMO_PASSWORD });
    users += 1;
    const actor: Actor = {
      bodyId: body.bodyId,
      userId: u.userId,
      role: u.role,
      displayName: u.displayName,
      personId: u.personId,
      organisationId: u.organisationId,
      unitId: u.unitId,
    };
    actors.set(username, actor);
    return actor;
  };
  for (const [suffix, name, role] of DEMO_STAFF) {
    await addUser(`${demo.prefix}-${suffix}`, { displayName: name, role });
  }
  const unitIds = new Map<string, string>();
  for (const [name, key] of DEMO_UNITS) {
    const unit = await createUnit(sys, body.bodyId, {
      name,
      contactName: `${name}办公室`,
      contactPhone: '0354-0000000',
    });
    unitIds.set(key, unit.unitId);
    await addUser(`${demo.prefix}-${key}-clerk`, {
      displayName: `${name}经办人`,
      role: 'unit_clerk',
      unitId: unit.unitId,
    });
    await addUser(`${demo.prefix}-${key}-leader`, {
      displayName: `${name}负责人`,
      role: 'unit_leader',
      unitId: unit.unitId,
    });
  }
  for (const [suffix, name, sector] of DEMO_EXTRA_MEMBERS) {
    await addUser(`${demo.prefix}-${suffix}`, { displayName: name, role: 'proposer', sector });
  }

  const parsed = parseDigest(fs.readFileSync(path.join(SEEDS, demo.digestFile), 'utf8'));
  // Speeches whose newspaper columns crossed (flagged by the parser) stay out of the demo rather
  // than appear with another speech's text in them.
  const digest = { ...parsed, speeches: parsed.speeches.filter((s) => s.warnings.length === 0) };
  const speakers = new Map<string, Actor>();
  for (const speech of digest.speeches) {
    if (speakers.has(speech.speakerName)) {
      continue;
    }
    const username = `${demo.prefix}-s${String(speakers.size + 1).padStart(2, '0')}`;
    const actor =
      speech.speakerKind === 'organisation'
        ? await addUser(username, {
            displayName: speech.speakerName,
            role: 'proposer',
            organisationName: speech.speakerName,
            organisationKind: /政协.*委员会/.test(speech.speakerName)
              ? 'special_committee'
              : 'party',
          })
        : await addUser(username, { displayName: speech.speakerName, role: 'proposer' });
    speakers.set(speech.speakerName, actor);
  }

  const ctxOf = (actor: Actor): ServiceContext => ({ db: tx, now: clock.now, config, actor });
  const staff = actors.get(`${demo.prefix}-staff`)!;
  const cosigner = actors.get(`${demo.prefix}-member1`)!;
  const timeline = {
    submit: '2025-02-20T10:00:00+08:00',
    register: '2025-03-03T09:00:00+08:00',
    assign: '2025-03-14T09:00:00+08:00',
    start: '2025-03-18T09:00:00+08:00',
    reply: '2025-05-20T09:00:00+08:00',
    feedback: '2025-06-03T09:00:00+08:00',
    replyAgain: '2025-06-24T09:00:00+08:00',
    feedbackAgain: '2025-07-01T09:00:00+08:00',
    publish: '2025-07-10T09:00:00+08:00',
  };
  let count = 0;
  const registeredIds: string[] = [];
  const keyInHandling: string[] = [];

  for (const [i, speech] of digest.speeches.entries()) {
    const target = TARGETS[i % TARGETS.length]!;
    const owner = speakers.get(speech.speakerName)!;
    const text = textOf(speech);
    const area = areaOf(text);
    const sub = SUB_WORDS.find(([, words]) => words.some((w) => text.includes(w)))?.[0];
    const category =
      categories.find((c) => c.name === sub && c.area === area) ??
      categories.find((c) => c.area === area && !c.parentCategoryId)!;
    const leadKey = leadUnitKeyOf(text);
    const lead = actors.get(`${demo.prefix}-${leadKey}-clerk`)!;
    const leadLeader = actors.get(`${demo.prefix}-${leadKey}-leader`)!;
    const coKey = leadKey === 'fgw' ? 'czj' : 'fgw';

    clock.set(timeline.submit);
    clock.tick(i * 13);
    const inviteCosigner = owner.organisationId === null && i % 2 === 0;
    const draft = await proposals.createDraft(ctxOf(owner), {
      sessionId: session.sessionId,
      title: speech.title,
      problem: speech.problem,
      suggestions: speech.suggestions,
      categoryId: null,
      confidential: false,
      cosignerUserIds: inviteCosigner ? [cosigner.userId] : [],
    });
    count += 1;
    const id = draft.proposalId;
    if (inviteCosigner) {
      await proposals.respondToInvitation(ctxOf(cosigner), id, true);
    }
    if (target === 'draft') {
      continue;
    }
    clock.tick();
    await proposals.submit(ctxOf(owner), id);
    if (target === 'submitted') {
      continue;
    }
    clock.set(timeline.register);
    clock.tick(i);
    await review.register(ctxOf(staff), id, {
      categoryId: category.categoryId,
      isKey: i % 4 === 0,
    });
    registeredIds.push(id);
    if (target === 'registered') {
      continue;
    }
    clock.set(timeline.assign);
    await assignments.assign(ctxOf(staff), id, [
      { unitId: unitIds.get(leadKey)!, role: 'lead' },
      { unitId: unitIds.get(coKey)!, role: 'co' },
    ]);
    if (i % 4 === 0 && (target === 'assigned' || target === 'handling')) {
      keyInHandling.push(id);
    }
    if (target === 'assigned') {
      continue;
    }
    clock.set(timeline.start);
    await assignments.start(ctxOf(lead), id);
    clock.tick(60 * 24 * 3);
    await assignments.recordContact(ctxOf(lead), id, {
      method: i % 2 ? 'visit' : 'phone',
      contactedAt: new Date(clock.now().getTime() - 3_600_000),
      summary: `与${speech.speakerName}${speech.speakerKind === 'member' ? '委员' : ''}沟通提案办理思路，听取意见建议。`,
    });
    const coClerk = actors.get(`${demo.prefix}-${coKey}-clerk`)!;
    clock.tick(60 * 24 * 10);
    await assignments.submitCoUnitOpinion(
      ctxOf(coClerk),
      id,
      '我单位同意主办单位的办理意见，将在职责范围内积极配合做好相关工作。',
    );
    if (target === 'handling') {
      continue;
    }
    clock.set(timeline.reply);
    const draftReply = await replies.saveReplyDraft(ctxOf(lead), id, {
      replyClass: i % 3 === 0 ? 'A' : 'B',
      text: replyText(speech, DEMO_UNITS.find(([, k]) => k === leadKey)![0]),
      confidential: false,
    });
    clock.tick(60 * 24);
    await replies.signReply(ctxOf(leadLeader), id, draftReply.reply.replyId);
    if (target === 'replied') {
      continue;
    }
    clock.set(timeline.feedback);
    if (target === 'rehandling') {
      await replies.giveFeedback(ctxOf(owner), id, {
        verdict: 'dissatisfied',
        comment: '答复对具体措施和时间安排说明不够，希望进一步细化。',
      });
      continue;
    }
    await replies.giveFeedback(ctxOf(owner), id, {
      verdict: i % 3 === 0 ? 'satisfied' : 'mostly_satisfied',
    });
    if (target === 'closed') {
      continue;
    }
    clock.set(timeline.publish);
    clock.tick(i);
    await publication.publish(ctxOf(staff), id);
  }

  // Three more outcomes of review, so every state of the lifecycle is in the demo.
  const member2 = actors.get(`${demo.prefix}-member2`)!;
  const member3 = actors.get(`${demo.prefix}-member3`)!;
  clock.set(timeline.submit);
  const extra = async (owner: Actor, title: string, problem: string, suggestions: string) => {
    clock.tick();
    const d = await proposals.createDraft(ctxOf(owner), {
      sessionId: session.sessionId,
      title,
      problem,
      suggestions,
      categoryId: null,
      confidential: false,
      cosignerUserIds: [],
    });
    count += 1;
    await proposals.submit(ctxOf(owner), d.proposalId);
    return d.proposalId;
  };
  const withdrawn = await extra(
    member2,
    '关于加强校园周边交通安全管理的提案',
    '部分学校周边上下学时段交通拥堵，存在安全隐患。',
    '建议增设护学岗和临时停车区域，错峰放学。',
  );
  await proposals.withdraw(ctxOf(member2), withdrawn, '已通过其他渠道反映，申请撤回。');
  const rejected = await extra(
    member3,
    '关于解决本人子女入学问题的提案',
    '本人子女就近入学遇到困难。',
    '请求协调解决。',
  );
  clock.set(timeline.register);
  await review.reject(ctxOf(staff), rejected, {
    reasonCode: 'personal_matter',
    comment: '属于提案者本人及亲属的个人事务，不予立案，建议通过信访渠道反映。',
    destination: 'member_letter',
  });
  if (registeredIds[0]) {
    clock.set(timeline.submit);
    const dup = await extra(
      member3,
      `关于${digest.speeches[0]!.title.split(/\s+/)[0]}的提案`,
      digest.speeches[0]!.problem,
      digest.speeches[0]!.suggestions,
    );
    clock.set(timeline.register);
    await review.merge(ctxOf(staff), dup, {
      intoProposalId: registeredIds[0],
      comment: '与同题提案内容相近，并案办理。',
    });
  }
  clock.set(timeline.publish);
  await loadDemoDuty(ctxOf(staff));
  if (demo.workReport) {
    await loadDemoTargets(
      ctxOf(staff),
      (key) => actors.get(`${demo.prefix}-${key}-clerk`)!,
      (key) => unitIds.get(key)!,
    );
  }
  await loadDemoSupervision({
    ctxOf,
    actor: (username) => actors.get(username)!,
    unitId: (key) => unitIds.get(key)!,
    setClock: (iso) => clock.set(iso),
    prefix: demo.prefix,
    keyProposalId: keyInHandling[0],
  });
  return { users, proposals: count };
}

function replyText(speech: ParsedSpeech, unitName: string) {
  return [
    `${speech.speakerName}${speech.speakerKind === 'member' ? '委员' : ''}：`,
    `您提出的《${speech.title}》的提案收悉。${unitName}高度重视，组织专人认真研究，现答复如下：`,
    `一、关于您提出的问题。您在提案中指出的情况客观存在，我们将其列入年度重点工作，逐项研究解决。`,
    `二、关于具体建议。${speech.suggestions.slice(0, 80)}……对上述建议，我们已会同有关部门制定工作方案，明确责任分工和时间节点。`,
    `三、下一步工作。我们将持续跟踪推进，及时向您通报办理进展。感谢您对我市工作的关心和支持。`,
  ].join('\n');
}
