import {
  CATEGORY_AREA_LABELS,
  CATEGORY_AREAS,
  STATE_LABELS,
  type ProposalState,
} from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { findBody } from '../admin/bodies.queries.js';
import { buildOfficialDocument } from './documents/official-document.js';
import { closedPhrase, type HandlingReport, type Rate } from './handling-summary.js';
import { countClosedInYear } from './handling-report.queries.js';
import { loadHandlingReport } from './handling-report.load.js';
import { overview } from './statistics.service.js';
import { writeWorkbook, type SheetSpec } from '../../spreadsheets/table-writer.js';

function requireReader(ctx: ServiceContext) {
  if (!['staff', 'leader', 'admin'].includes(ctx.actor.role)) {
    throw forbidden('只有提案工作人员和领导可以查看报告', 'Only staff and leaders see the reports');
  }
}

/** The handling report (办理情况) of a session or a year, from the assignments and replies. */
export async function handlingReport(
  ctx: ServiceContext,
  scope: { sessionId?: string; year?: number },
) {
  requireReader(ctx);
  const report = await loadHandlingReport(ctx, ctx.actor.bodyId, scope, ctx.now());
  if (!scope.year) {
    return report;
  }
  // The body's own half of the government's yearly sentence; the whole sentence spans the
  // people's congress and the CPPCC, which only the system may read together (report summary).
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  const closed = await countClosedInYear(ctx.db, ctx.actor.bodyId, scope.year);
  const kind = body?.kind ?? 'cppcc';
  return {
    ...report,
    yearlyClosed: { year: scope.year, kind, closed, phrase: closedPhrase(kind, closed) },
  };
}

const pct = (r: Rate) => (r.percent === null ? '—' : `${r.percent.toFixed(2)}%`);

/** The handling report as paragraphs of an official document. */
export function handlingParagraphs(r: HandlingReport): string[] {
  const classes = Object.entries(r.byReplyClass)
    .filter(([, x]) => x.count > 0)
    .map(([c, x]) => `${c}类${x.count}件，占${pct(x)}`)
    .join('；');
  return [
    `共交办${r.assigned}件，已答复${r.replied.count}件，办复率${pct(r.replied)}；按期答复${r.repliedOnTime.count}件，按期答复率${pct(r.repliedOnTime)}；已办结${r.closed.count}件，办结率${pct(r.closed)}。`,
    classes ? `答复中，${classes}。` : '尚无答复。',
    `收回征询意见表${r.satisfaction.rate.of}份，其中满意${r.satisfaction.satisfied}件、基本满意${r.satisfaction.mostly}件、不满意${r.satisfaction.dissatisfied}件，满意率${pct(r.satisfaction.rate)}。`,
    r.overdue.length
      ? `逾期未答复${r.overdue.length}件：${r.overdue.map((o) => `${o.unitName}${o.ref ? `（${o.ref}号）` : ''}逾期${o.daysOverdue}天`).join('；')}。`
      : '无逾期未答复提案。',
    ...r.perUnit.map(
      (u) =>
        `${u.unitName}：交办${u.assigned}件，答复${u.replied.count}件，按期${u.repliedOnTime.count}件，办结${u.closed.count}件。`,
    ),
  ];
}

export async function handlingReportDocx(
  ctx: ServiceContext,
  scope: { sessionId?: string; year?: number },
) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  if (!body) {
    throw notFound('Body', '机构');
  }
  const report = await handlingReport(ctx, scope);
  return buildOfficialDocument({
    title: `关于${scope.year ? `${scope.year}年度` : '本次会议'}提案办理情况的报告`,
    paragraphs: handlingParagraphs(report),
    signature: `${body.name}提案委员会`,
    date: ctx.now(),
  });
}

/** The yearly statistics workbook: one sheet per table, each with Chinese headers. */
export async function statisticsWorkbook(
  ctx: ServiceContext,
  scope: { sessionId?: string; year?: number },
) {
  const [o, h] = [await overview(ctx, scope.sessionId), await handlingReport(ctx, scope)];
  const sheet = (name: string, headers: string[], rows: (string | number)[][]): SheetSpec => ({
    name,
    columns: headers.map((header) => ({ header, width: 16 })),
    rows,
  });
  return writeWorkbook({
    format: 'xlsx',
    sheets: [
      sheet(
        '按类别',
        ['类别', '立案件数'],
        CATEGORY_AREAS.map((a) => [CATEGORY_AREA_LABELS[a].zh, o.byArea[a]]),
      ),
      sheet(
        '按来源',
        ['来源', '件数'],
        [
          ['委员', o.bySource.individual],
          ['集体', o.bySource.collective],
        ],
      ),
      sheet(
        '按状态',
        ['状态', '件数'],
        Object.entries(o.byState).map(([s, n]) => [STATE_LABELS[s as ProposalState].zh, n]),
      ),
      sheet(
        '答复类别',
        ['类别', '件数', '占比'],
        Object.entries(h.byReplyClass).map(([c, r]) => [`${c}类`, r.count, pct(r)]),
      ),
      sheet(
        '承办单位',
        ['单位', '交办', '答复', '按期答复', '办结', '逾期未复'],
        h.perUnit.map((u) => [
          u.unitName,
          u.assigned,
          u.replied.count,
          u.repliedOnTime.count,
          u.closed.count,
          u.overdue,
        ]),
      ),
      sheet(
        '逾期清单',
        ['单位', '编号', '标题', '逾期天数'],
        h.overdue.map((x) => [x.unitName, x.ref ?? '', x.title ?? '', x.daysOverdue]),
      ),
    ],
  });
}
