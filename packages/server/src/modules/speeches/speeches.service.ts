import {
  canEditSpeech,
  speechActions,
  speechTransition,
  type SpeechAction,
  type SpeechState,
} from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import type { SpeechText } from '../../db/schema/index.js';
import { conflict, forbidden, invalidField, notFound } from '../../errors.js';
import { readsWholeBody, type Actor } from '../auth/actor.js';
import { recordEvent } from '../events/events.queries.js';
import { createDraft } from '../proposals/proposals.service.js';
import { findSession } from '../proposals/proposals.queries.js';
import { formatSpeakerLine } from './digest/speaker.js';
import type { CreateSpeechInput, UpdateSpeechInput } from './speeches.schemas.js';
import * as q from './speeches.queries.js';

/** A speech as the pages show it, with what this caller may do to it. */
export function speechView(actor: Actor, s: q.SpeechRow) {
  const isAuthor = s.authorUserId === actor.userId;
  return {
    speechId: s.speechId,
    sessionId: s.sessionId,
    state: s.state,
    position: s.position,
    titleLines: s.titleLines,
    title: s.titleLines.join(' '),
    speakerName: s.speakerName,
    speakerKind: s.speakerKind,
    affiliation: s.affiliation,
    deliveredBy: s.deliveredBy,
    speakerLine: formatSpeakerLine(s),
    problem: s.problem,
    suggestions: s.suggestions,
    source: s.source,
    isMine: isAuthor,
    proposalId: s.proposalId,
    /** The text as submitted, when staff have edited it since. */
    original: s.original,
    submittedAt: s.submittedAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    allowedActions: speechActions(actor.role, s.state, isAuthor),
    canEdit: canEditSpeech(actor.role, s.state, isAuthor),
    canMakeProposal:
      s.proposalId === null && s.state !== 'draft' && (isAuthor || actor.role === 'staff'),
  };
}
export type SpeechView = ReturnType<typeof speechView>;

/**
 * The speech if the caller may read it: its author, or anyone who reads the whole body (staff,
 * leaders). Everyone else, and every other body, gets 404.
 */
async function loadVisible(db: DbOrTx, actor: Actor, speechId: string) {
  const s = await q.findSpeech(db, actor.bodyId, speechId);
  if (!s || !(s.authorUserId === actor.userId || readsWholeBody(actor))) {
    throw notFound('Speech', '大会发言');
  }
  return s;
}

const titleLinesOf = (title: string, subtitle: string) => (subtitle ? [title, subtitle] : [title]);

function requireSessionOf(session: unknown) {
  if (!session) {
    throw invalidField('sessionId', '会议不存在', 'no such session in this body');
  }
}

/** A session named in the address: another body's is simply not found. */
function requireSessionInPath(session: unknown) {
  if (!session) {
    throw notFound('Session', '会议');
  }
}

/** A member or collective account drafts a speech for a session. */
export function createSpeech(ctx: ServiceContext, input: CreateSpeechInput) {
  const { actor } = ctx;
  if (actor.role !== 'proposer') {
    throw forbidden(
      '只有委员或集体提案者可以起草大会发言',
      'Only members and collectives draft speeches',
    );
  }
  return inTransaction(ctx, async (tx) => {
    requireSessionOf(await findSession(tx, actor.bodyId, input.sessionId));
    const organisation = actor.organisationId
      ? await q.findOrganisationName(tx, actor.bodyId, actor.organisationId)
      : undefined;
    const now = ctx.now();
    const s = await q.insertSpeech(tx, {
      bodyId: actor.bodyId,
      sessionId: input.sessionId,
      state: 'draft',
      position: null,
      authorUserId: actor.userId,
      titleLines: titleLinesOf(input.title, input.subtitle),
      speakerName: organisation ?? actor.displayName,
      speakerKind: organisation ? 'organisation' : 'member',
      affiliation: organisation ? null : input.affiliation || null,
      deliveredBy: organisation ? input.deliveredBy || null : null,
      problem: input.problem,
      suggestions: input.suggestions,
      source: 'submitted',
      createdAt: now,
      updatedAt: now,
    });
    await event(tx, actor, s.speechId, 'create', null, 'draft', {}, now);
    return speechView(actor, s);
  });
}

export async function getSpeech(ctx: ServiceContext, speechId: string) {
  const s = await loadVisible(ctx.db, ctx.actor, speechId);
  const history = await q.listSpeechEvents(ctx.db, ctx.actor.bodyId, speechId);
  return { ...speechView(ctx.actor, s), history };
}

export async function listMine(ctx: ServiceContext) {
  const rows = await q.listByAuthor(ctx.db, ctx.actor.bodyId, ctx.actor.userId);
  return { items: rows.map((s) => speechView(ctx.actor, s)) };
}

/** Staff's list for a session: every speech submitted to it, those in the digest first, in order. */
export async function listForSession(ctx: ServiceContext, sessionId: string) {
  requireSessionInPath(await findSession(ctx.db, ctx.actor.bodyId, sessionId));
  const rows = await q.listSubmitted(ctx.db, ctx.actor.bodyId, sessionId);
  return { items: rows.map((s) => speechView(ctx.actor, s)) };
}

/**
 * Changes a speech's text: its author while it is a draft; staff once it is submitted or selected.
 * A staff edit keeps the submitted text (the first time) and records what changed, by whom, when.
 */
export function updateSpeech(ctx: ServiceContext, speechId: string, input: UpdateSpeechInput) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const s = await loadVisible(tx, actor, speechId);
    const isAuthor = s.authorUserId === actor.userId;
    if (!canEditSpeech(actor.role, s.state, isAuthor)) {
      throw conflict(
        'not_editable',
        '当前状态下不能修改该发言',
        `The speech cannot be edited in state ${s.state}`,
      );
    }
    const before = textOf(s);
    const titleLines =
      input.title !== undefined || input.subtitle !== undefined
        ? titleLinesOf(input.title ?? s.titleLines[0]!, input.subtitle ?? s.titleLines[1] ?? '')
        : s.titleLines;
    const patch = {
      titleLines,
      problem: input.problem ?? s.problem,
      suggestions: input.suggestions ?? s.suggestions,
      affiliation:
        s.speakerKind === 'member' && input.affiliation !== undefined
          ? input.affiliation || null
          : s.affiliation,
      deliveredBy:
        s.speakerKind === 'organisation' && input.deliveredBy !== undefined
          ? input.deliveredBy || null
          : s.deliveredBy,
    };
    const now = ctx.now();
    const byStaff = !isAuthor;
    const updated = await q.updateSpeech(tx, actor.bodyId, speechId, {
      ...patch,
      ...(byStaff && s.original === null ? { original: before } : {}),
      updatedAt: now,
    });
    const after = textOf(updated);
    const changed = (Object.keys(after) as (keyof SpeechText)[]).filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    await event(
      tx,
      actor,
      speechId,
      byStaff ? 'staff_edit' : 'edit',
      s.state,
      s.state,
      {
        changed,
        before: pick(before, changed),
        after: pick(after, changed),
      },
      now,
    );
    return speechView(actor, updated);
  });
}

/** submit, return, select, not_select: the transitions of SPEECH_TRANSITIONS, checked there. */
export function transition(ctx: ServiceContext, speechId: string, action: SpeechAction) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const s = await loadVisible(tx, actor, speechId);
    const isAuthor = s.authorUserId === actor.userId;
    if (!speechTransition(action).by.includes(actor.role)) {
      throw forbidden(
        `无权${speechTransition(action).label.zh}`,
        `Your role cannot ${action} a speech`,
      );
    }
    if (!speechActions(actor.role, s.state, isAuthor).includes(action)) {
      throw conflict(
        'transition_not_allowed',
        `当前状态下不能${speechTransition(action).label.zh}`,
        `Cannot ${action} a speech in state ${s.state}`,
      );
    }
    const to: SpeechState = speechTransition(action).to;
    const now = ctx.now();
    if (to === 'draft' || to === 'submitted') {
      requireText(s, to);
    }
    const position = to === 'selected' ? await q.nextPosition(tx, actor.bodyId, s.sessionId) : null;
    const updated = await q.updateSpeech(tx, actor.bodyId, speechId, {
      state: to,
      position,
      ...(action === 'submit' ? { submittedAt: now } : {}),
      updatedAt: now,
    });
    if (s.state === 'selected') {
      await compactPositions(tx, actor.bodyId, s.sessionId);
    }
    await event(tx, actor, speechId, action, s.state, to, {}, now);
    return speechView(actor, updated);
  });
}

function requireText(s: q.SpeechRow, to: SpeechState) {
  if (to === 'submitted' && !s.suggestions.trim()) {
    throw invalidField(
      'suggestions',
      '提交前请填写建议',
      'suggestions are needed before submitting',
    );
  }
}

async function compactPositions(tx: DbOrTx, bodyId: string, sessionId: string) {
  const rest = await q.listSelected(tx, bodyId, sessionId);
  await q.setPositions(
    tx,
    bodyId,
    rest.map((r) => r.speechId),
  );
}

/** Staff put the digest's speeches in a new order: the list must be exactly the selected ones. */
export function reorder(ctx: ServiceContext, sessionId: string, speechIds: string[]) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    requireSessionInPath(await findSession(tx, actor.bodyId, sessionId));
    const selected = await q.listSelected(tx, actor.bodyId, sessionId);
    const expected = new Set(selected.map((s) => s.speechId));
    if (speechIds.length !== expected.size || !speechIds.every((id) => expected.has(id))) {
      throw invalidField(
        'speechIds',
        '须按新顺序列出本次会议全部已选用的发言，每篇一次',
        'list every selected speech of the session exactly once, in the new order',
      );
    }
    await q.setPositions(tx, actor.bodyId, speechIds);
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      entity: 'speech_digest',
      entityId: sessionId,
      action: 'reorder',
      actorUserId: actor.userId,
      payload: { speechIds },
      at: ctx.now(),
    });
    const rows = await q.listSubmitted(tx, actor.bodyId, sessionId);
    return { items: rows.map((s) => speechView(actor, s)) };
  });
}

/**
 * 转为提案: a draft proposal of the speaker, made by the proposals service as the speaker (so the
 * lifecycle's rules hold), with the speech's title, problem and suggestions, linked both ways.
 * The speaker's account is the speech's author, or (for a speech read from a newspaper) the
 * proposer account with the speaker's name.
 */
export function makeProposal(ctx: ServiceContext, speechId: string) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const s = await loadVisible(tx, actor, speechId);
    if (!speechView(actor, s).canMakeProposal) {
      throw conflict(
        s.proposalId ? 'already_proposal' : 'not_allowed',
        s.proposalId ? '该发言已转为提案' : '该发言现在不能转为提案',
        s.proposalId
          ? 'This speech is already a proposal'
          : 'This speech cannot become a proposal now',
      );
    }
    const ownerId =
      s.authorUserId ?? (await q.findProposerByName(tx, actor.bodyId, s.speakerName))?.userId;
    const [owner] = ownerId ? await q.findAuthors(tx, actor.bodyId, [ownerId]) : [];
    if (!owner || owner.role !== 'proposer') {
      throw conflict(
        'speaker_without_account',
        `发言人“${s.speakerName}”没有提案者账号`,
        `The speaker ${s.speakerName} has no proposer account`,
      );
    }
    const ownerActor: Actor = {
      bodyId: actor.bodyId,
      userId: owner.userId,
      role: owner.role,
      displayName: owner.displayName,
      personId: owner.personId,
      organisationId: owner.organisationId,
      unitId: owner.unitId,
    };
    const proposal = await createDraft(
      { ...ctx, db: tx, actor: ownerActor },
      {
        sessionId: s.sessionId,
        title: s.titleLines.join(' '),
        problem: s.problem,
        suggestions: s.suggestions,
        categoryId: null,
        confidential: false,
        cosignerUserIds: [],
      },
    );
    await q.linkProposal(tx, actor.bodyId, speechId, proposal.proposalId);
    const now = ctx.now();
    await event(
      tx,
      actor,
      speechId,
      'make_proposal',
      s.state,
      s.state,
      {
        proposalId: proposal.proposalId,
      },
      now,
    );
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      proposalId: proposal.proposalId,
      entity: 'proposal',
      entityId: proposal.proposalId,
      action: 'from_speech',
      actorUserId: actor.userId,
      toState: 'draft',
      payload: { speechId },
      at: now,
    });
    return {
      proposalId: proposal.proposalId,
      speech: speechView(actor, { ...s, proposalId: proposal.proposalId }),
    };
  });
}

const textOf = (s: q.SpeechRow): SpeechText => ({
  titleLines: s.titleLines,
  affiliation: s.speakerKind === 'member' ? s.affiliation : s.deliveredBy,
  problem: s.problem,
  suggestions: s.suggestions,
});

const pick = (t: SpeechText, keys: (keyof SpeechText)[]) =>
  Object.fromEntries(keys.map((k) => [k, t[k]]));

function event(
  tx: DbOrTx,
  actor: Actor,
  speechId: string,
  action: string,
  fromState: string | null,
  toState: string | null,
  payload: Record<string, unknown>,
  at: Date,
) {
  return recordEvent(tx, {
    bodyId: actor.bodyId,
    entity: 'speech',
    entityId: speechId,
    action,
    actorUserId: actor.userId,
    fromState,
    toState,
    payload,
    at,
  });
}
