import { DEFAULT_REPLY_CLASSES, type ProposalState } from '@jianyan/shared';
import type { BaseContext, ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import { AppError } from '../../errors.js';
import * as bodiesQ from '../admin/bodies.queries.js';
import * as directoryQ from '../admin/directory.queries.js';
import { createInactiveProposer } from '../admin/proposer-accounts.js';
import * as assignmentsQ from '../assignments/assignments.queries.js';
import { assignmentDeadlines } from '../deadlines/deadline-policy.js';
import { recordEvent } from '../events/events.queries.js';
import { insertProposal } from '../proposals/proposals.queries.js';
import { insertReply } from '../replies/replies.queries.js';
import { nextNumber } from '../review/review.queries.js';
import { refreshSearchIndex } from '../search/search-index.js';
import * as q from './imports.queries.js';
import { readSheet, SheetError, type SheetProblem } from './proposal-sheet.js';
import { validateRows, type ImportRow } from './row-validation.js';

export class ImportRejected extends AppError {
  constructor(readonly problems: SheetProblem[]) {
    super(
      400,
      'import_rejected',
      `导入失败，共 ${problems.length} 处错误，未保存任何数据`,
      `Import rejected with ${problems.length} problem(s); nothing was stored`,
      {
        fields: problems.map((p) => ({
          field: `line ${p.line}: ${p.column}`,
          message: p.reason,
          messageZh: p.reasonZh,
        })),
      },
    );
  }
}

export interface ImportResult {
  imported: number;
  interim: number;
  byState: Partial<Record<ProposalState, number>>;
  createdProposerAccounts: string[];
}

/**
 * Imports a CSV or XLSX list of proposals into a session, all or nothing. Rows submitted after the
 * session's deadline become interim proposals. Proposers without an account get an inactive one
 * (an administrator activates it and sets a password).
 */
export async function importProposals(
  ctx: BaseContext,
  input: {
    bodyId: string;
    sessionId: string;
    filename: string;
    content: Buffer;
    actorUserId?: string | null;
  },
): Promise<ImportResult> {
  let sheet;
  try {
    sheet = await readSheet(input.filename, input.content);
  } catch (err) {
    if (err instanceof SheetError) {
      throw new ImportRejected(err.problems);
    }
    throw err;
  }
  return inTransaction(ctx, async (tx) => {
    const body = (await bodiesQ.findBody(tx, input.bodyId))!;
    const session = (await bodiesQ.listSessions(tx, input.bodyId)).find(
      (s) => s.sessionId === input.sessionId,
    );
    if (!session) {
      throw new AppError(404, 'not_found', '会议不存在', 'No such session');
    }
    const categories = await bodiesQ.listCategories(tx, input.bodyId);
    const units = await directoryQ.listUnits(tx, input.bodyId);
    const replyClasses = (body.settings.replyClasses ?? DEFAULT_REPLY_CLASSES).map((c) => c.code);
    const { rows, problems } = validateRows(sheet, {
      bodyKind: body.kind,
      categories: new Map(categories.map((c) => [c.name, c.categoryId])),
      units: new Map(units.map((u) => [u.name, u.unitId])),
      replyClasses,
    });
    if (problems.length) {
      throw new ImportRejected(problems);
    }

    const accounts = new Map(
      (await q.proposerUsersByName(tx, input.bodyId)).map((u) => [u.displayName, u]),
    );
    const created: string[] = [];
    const accountFor = async (name: string, kind: ImportRow['proposerKind']) => {
      const existing = accounts.get(name);
      if (existing) {
        return existing;
      }
      const account = await createInactiveProposer(tx, input.bodyId, name, kind);
      accounts.set(name, account);
      created.push(name);
      return account;
    };

    const result: ImportResult = {
      imported: 0,
      interim: 0,
      byState: {},
      createdProposerAccounts: created,
    };
    for (const row of rows) {
      const owner = await accountFor(row.proposerName, row.proposerKind);
      const ownerUserId = owner.userId;
      const submittedAt = row.submittedAt ?? ctx.now();
      const origin = submittedAt > session.submissionDeadline ? 'interim' : 'plenary';
      const state = stateOf(row);
      const number =
        row.outcome === 'registered'
          ? await nextNumber(
              tx,
              input.bodyId,
              input.sessionId,
              body.kind === 'npc' ? 'suggestion' : 'proposal',
              origin,
            )
          : null;
      const now = ctx.now();
      const deadlines = row.leadUnitId ? assignmentDeadlines(body, now) : null;
      const proposal = await insertProposal(tx, {
        bodyId: input.bodyId,
        sessionId: input.sessionId,
        kind: body.kind === 'npc' ? 'suggestion' : 'proposal',
        origin,
        proposerType: row.proposerKind === 'collective' ? 'collective' : 'individual',
        ownerUserId,
        leadPersonId: owner.personId,
        leadOrganisationId: owner.organisationId,
        title: row.title,
        problem: row.problem,
        suggestions: row.suggestions,
        categoryId: row.categoryId,
        state,
        number,
        submittedAt,
        registeredAt: number ? now : null,
        assignedAt: deadlines ? now : null,
        replyDueAt: deadlines?.replyDueAt ?? null,
        closedAt: state === 'closed' ? now : null,
        createdAt: now,
        updatedAt: now,
      });
      const cosignerIds = [];
      for (const name of row.cosignerNames) {
        cosignerIds.push((await accountFor(name, 'member')).userId);
      }
      await q.insertCosignerRows(
        tx,
        cosignerIds
          .filter((id) => id !== ownerUserId)
          .map((userId) => ({
            bodyId: input.bodyId,
            proposalId: proposal.proposalId,
            userId,
            state: 'confirmed' as const,
            respondedAt: submittedAt,
          })),
      );
      if (row.leadUnitId && deadlines) {
        await assignmentsQ.insertAssignments(tx, [
          {
            bodyId: input.bodyId,
            proposalId: proposal.proposalId,
            unitId: row.leadUnitId,
            role: 'lead' as const,
            assignedBy: ownerUserId,
            assignedAt: now,
            dueAt: deadlines.replyDueAt,
            objectionDueAt: deadlines.objectionDueAt,
          },
          ...row.coUnitIds.map((unitId) => ({
            bodyId: input.bodyId,
            proposalId: proposal.proposalId,
            unitId,
            role: 'co' as const,
            assignedBy: ownerUserId,
            assignedAt: now,
            dueAt: deadlines.replyDueAt,
            objectionDueAt: deadlines.objectionDueAt,
          })),
        ]);
      }
      if (row.replyClass && row.leadUnitId) {
        await insertReply(tx, {
          bodyId: input.bodyId,
          proposalId: proposal.proposalId,
          unitId: row.leadUnitId,
          round: 1,
          replyClass: row.replyClass,
          text: '（自表格导入：答复全文见原件）',
          draftedBy: ownerUserId,
          signerName: '（导入）',
          signedAt: now,
          createdAt: now,
          updatedAt: now,
        });
      }
      if (row.verdict) {
        await q.insertFeedbackRow(tx, {
          bodyId: input.bodyId,
          proposalId: proposal.proposalId,
          round: 1,
          verdict: row.verdict,
          givenBy: ownerUserId,
          givenAt: now,
        });
      }
      await recordEvent(tx, {
        bodyId: input.bodyId,
        proposalId: proposal.proposalId,
        entity: 'proposal',
        entityId: proposal.proposalId,
        action: 'import',
        actorUserId: input.actorUserId ?? null,
        toState: state,
        payload: { file: input.filename, line: row.line },
        at: now,
      });
      await refreshSearchIndex(tx, input.bodyId, proposal.proposalId);
      result.imported += 1;
      if (origin === 'interim') {
        result.interim += 1;
      }
      result.byState[state] = (result.byState[state] ?? 0) + 1;
    }
    return result;
  });
}

function stateOf(row: ImportRow): ProposalState {
  if (row.outcome !== 'registered') {
    return row.outcome;
  }
  if (row.verdict) {
    return row.verdict === 'dissatisfied' ? 'rehandling' : 'closed';
  }
  if (row.replyClass) {
    return 'replied';
  }
  if (row.leadUnitId) {
    return 'assigned';
  }
  return 'registered';
}

/** The staff's import through the web app: into a session of their own body. */
export function importForStaff(
  ctx: ServiceContext,
  sessionId: string,
  filename: string,
  content: Buffer,
) {
  return importProposals(ctx, {
    bodyId: ctx.actor.bodyId,
    sessionId,
    filename,
    content,
    actorUserId: ctx.actor.userId,
  });
}
