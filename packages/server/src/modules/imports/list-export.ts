import { PROPOSAL_ORIGIN_LABELS, STATE_LABELS } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import type { ListQuery } from '../proposals/proposal.schemas.js';
import { officeTime } from './proposal-export.js';
import { listProposals } from '../proposals/proposals.service.js';
import { writeTable } from '../../spreadsheets/table-writer.js';

/** The most rows one export writes; a list longer than this should be narrowed by its filters. */
export const EXPORT_ROW_LIMIT = 20_000;

/**
 * Any list the caller can see, with the same filters as the list API, as an Excel file with
 * Chinese headers.
 */
export async function exportList(
  ctx: ServiceContext,
  filters: Omit<ListQuery, 'page' | 'pageSize'>,
) {
  // One query, so the file is one moment's list: paging through it while the deadline rush
  // submits would repeat and skip rows as new ones push the pages down, and re-sort the whole
  // list for every page.
  const { items } = await listProposals(ctx, { ...filters, page: 1, pageSize: EXPORT_ROW_LIMIT });
  return writeTable({
    format: 'xlsx',
    sheetName: '提案列表',
    columns: LIST_COLUMNS,
    rows: items.map((p) => ({
      number: p.numberLabel ?? '',
      title: p.title,
      proposer: p.proposerName,
      category: p.categoryName ?? '',
      origin: PROPOSAL_ORIGIN_LABELS[p.origin].zh,
      key: p.isKey ? '是' : '',
      state: STATE_LABELS[p.state].zh,
      submitted: officeTime(p.submittedAt),
      due: officeTime(p.replyDueAt),
    })),
  });
}

const LIST_COLUMNS = [
  { header: '编号', key: 'number', width: 10 },
  { header: '标题', key: 'title', width: 50 },
  { header: '提案者', key: 'proposer', width: 20 },
  { header: '类别', key: 'category', width: 14 },
  { header: '大会/平时', key: 'origin', width: 10 },
  { header: '重点提案', key: 'key', width: 10 },
  { header: '状态', key: 'state', width: 10 },
  { header: '提交时间', key: 'submitted', width: 18 },
  { header: '答复期限', key: 'due', width: 18 },
];
