import type { ProposalAction, ProposalState } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import * as q from './notifications.queries.js';

export interface TransitionFacts {
  bodyId: string;
  proposalId: string;
  title: string;
  ownerUserId: string;
  actorUserId: string;
  action: ProposalAction;
  to: ProposalState;
  payload: Record<string, unknown>;
  at: Date;
}

/**
 * Who hears about a step of the lifecycle, and what they are told: the values of its notices'
 * statement (notifications.queries.ts, noticeInsertSql), or undefined when nobody is told.
 * applyTransition writes them with the change itself, in one statement, so a notification exists
 * exactly when its change does.
 */
export async function noticeFor(db: DbOrTx, f: TransitionFacts): Promise<q.NoticeArgs | undefined> {
  const t = `《${f.title}》`;
  const owner = [f.ownerUserId];
  const recipients = async (): Promise<[string[] | 'all_staff', string, string] | undefined> => {
    switch (f.action) {
      case 'invite_cosigners':
        return [
          (f.payload.userIds as string[] | undefined) ?? [],
          'cosign_invitation',
          `邀请您联名提案${t}`,
        ];
      case 'submit':
        return ['all_staff', 'submitted', `收到新提交的提案${t}`];
      case 'return_for_revision':
        return [owner, 'returned', `提案${t}被退回修改`];
      case 'register':
        return [owner, 'registered', `提案${t}已立案`];
      case 'reject':
        return [owner, 'rejected', `提案${t}不予立案`];
      case 'merge':
        return [owner, 'merged', `提案${t}已并案办理`];
      case 'assign':
      case 'resolve_objection':
        return [
          await q.unitUsers(
            db,
            f.bodyId,
            await q.activeUnitIds(db, f.bodyId, f.proposalId, ['lead', 'co', 'separate']),
          ),
          'assigned',
          `交办提案${t}，请及时办理`,
        ];
      case 'object':
        return ['all_staff', 'objection', `承办单位对提案${t}提出异议`];
      case 'reply':
      case 'reply_again':
        return [
          [...owner, ...(await q.confirmedCosigners(db, f.bodyId, f.proposalId))],
          'replied',
          `提案${t}已答复，请反馈意见`,
        ];
      case 'feedback':
        return [
          await q.unitUsers(
            db,
            f.bodyId,
            await q.activeUnitIds(db, f.bodyId, f.proposalId, ['lead', 'separate']),
          ),
          f.to === 'rehandling' ? 'rehandling' : 'closed',
          f.to === 'rehandling' ? `提案者对${t}的答复不满意，请重新办理` : `提案${t}已办结`,
        ];
      case 'publish':
        return [owner, 'published', `提案${t}的答复已公开`];
      case 'withdraw':
      case 'start':
      case 'co_unit_opinion':
        return undefined;
    }
  };
  const r = await recipients();
  if (!r) {
    return undefined;
  }
  const [userIds, kind, title] = r;
  return {
    bodyId: f.bodyId,
    kind,
    title,
    proposalId: f.proposalId,
    createdAt: f.at.toISOString(),
    allStaff: userIds === 'all_staff',
    userIds: userIds === 'all_staff' ? [] : [...new Set(userIds)],
    exceptUserId: f.actorUserId,
  };
}

/** The notices of a step taken outside applyTransition (inviting co-signers to a draft). */
export async function notifyTransition(db: DbOrTx, f: TransitionFacts) {
  const notice = await noticeFor(db, f);
  if (notice && (notice.allStaff || notice.userIds.length > 0)) {
    await q.insertNotices(db, notice);
  }
}
