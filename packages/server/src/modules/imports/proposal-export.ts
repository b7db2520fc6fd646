import { VERDICT_LABELS } from '@jianyan/shared';
import type { BaseContext } from '../../context.js';
import { numberLabel } from '../proposals/proposal-loader.js';
import { STATE_LABELS } from '@jianyan/shared';
import * as q from './imports.queries.js';
import { writeSheet, type SheetColumn } from './proposal-sheet.js';
import { localDateTime } from '../../beijing-time.js';

const OUTCOME_LABEL: Record<string, string> = {
  registered: '立案',
  assigned: '立案',
  handling: '立案',
  replied: '立案',
  rehandling: '立案',
  closed: '立案',
  not_registered: '不予立案',
  merged: '并案',
  submitted: '待审查',
};

/** Shanghai wall-clock time, as offices write it: 2025-02-20 10:30. */
export const officeTime = (d: Date | null) => (d ? localDateTime(d) : '');

/** The session's proposals under the same Chinese headers the import reads (so they round-trip). */
export async function exportProposals(
  ctx: BaseContext,
  bodyId: string,
  sessionId: string,
  format: 'csv' | 'xlsx',
) {
  const data = await q.exportRows(ctx.db, bodyId, sessionId);
  const rows = data.rows
    .filter((r) => r.proposal.state !== 'draft' && r.proposal.state !== 'withdrawn')
    .map(({ proposal: p, userName, personName, organisationName, categoryName }) => {
      const lastReply = data.replies
        .filter((x) => x.proposalId === p.proposalId && x.signedAt)
        .sort((a, b) => a.round - b.round)
        .at(-1);
      const lastFeedback = data.feedback
        .filter((x) => x.proposalId === p.proposalId)
        .sort((a, b) => a.round - b.round)
        .at(-1);
      const asg = data.assignments.filter((x) => x.proposalId === p.proposalId);
      const row: Partial<Record<SheetColumn, string>> = {
        编号: numberLabel(p) ?? '',
        标题: p.title,
        提案者: organisationName ?? personName ?? userName,
        提案者类型:
          p.proposerType === 'collective' ? '集体' : p.kind === 'suggestion' ? '代表' : '委员',
        联名人: data.cosigners
          .filter((c) => c.proposalId === p.proposalId && c.state === 'confirmed')
          .map((c) => c.name)
          .sort((x, y) => x.localeCompare(y, 'zh'))
          .join('；'),
        类别: categoryName ?? '',
        提交时间: officeTime(p.submittedAt),
        审查结果: OUTCOME_LABEL[p.state] ?? '',
        案由: p.problem,
        建议: p.suggestions,
        主办单位: asg
          .filter((a) => a.role === 'lead')
          .map((a) => a.unitName)
          .join('；'),
        会办单位: asg
          .filter((a) => a.role === 'co')
          .map((a) => a.unitName)
          .join('；'),
        答复类别: lastReply?.replyClass ?? '',
        满意度: lastFeedback ? VERDICT_LABELS[lastFeedback.verdict].zh : '',
        状态: STATE_LABELS[p.state].zh,
      };
      return row;
    });
  return { count: rows.length, content: await writeSheet(format, rows) };
}
