import {
  ACTIVITY_KIND_LABELS,
  ATTENDANCE_LABELS,
  DUTY_ITEMS,
  DUTY_ITEM_LABELS,
} from '@jianyan/shared';
import { buildOfficialDocument } from '../reports/documents/official-document.js';
import { writeTable } from '../../spreadsheets/table-writer.js';
import type { dutyRanking, dutyRecord } from './members.service.js';

type Ranking = Awaited<ReturnType<typeof dutyRanking>>;
type DutyRecord = Awaited<ReturnType<typeof dutyRecord>>;

/** The ranking as Excel with the office's Chinese headers: one column per kind of duty. */
export function rankingWorkbook(ranking: Ranking): Promise<Buffer> {
  return writeTable({
    format: 'xlsx',
    sheetName: `${ranking.year}年度履职积分`,
    columns: [
      { header: '排名', key: 'rank', width: 8 },
      { header: '姓名', key: 'name', width: 12 },
      { header: '界别', key: 'sector', width: 14 },
      ...DUTY_ITEMS.map((item) => ({
        header: `${DUTY_ITEM_LABELS[item].zh}（${ranking.weights[item]}分/项）`,
        key: item,
        width: 14,
      })),
      { header: '总积分', key: 'points', width: 10 },
    ],
    rows: ranking.members.map((m) => ({
      rank: m.rank,
      name: m.name,
      sector: m.sector ?? '',
      ...m.counts,
      points: m.points,
    })),
  });
}

/** A title in quotation marks, unless it already has its own (“优化营商环境”专题协商会). */
const quoted = (title: string) => (/[“”]/.test(title) ? title : `“${title}”`);

/** The paragraphs of a member's yearly summary, shared by the web page and the Word document. */
export function summaryParagraphs(r: DutyRecord): string[] {
  const c = r.counts;
  const present = c.plenary_present + c.standing_present + c.activity_present;
  const paragraphs = [
    `${r.year}年度，${r.member.name}${r.member.sector ? `（${r.member.sector}）` : ''}领衔提出提案${c.proposal_led}件，附议（联名）提案${c.proposal_cosigned}件；作大会发言${c.speech}次；出席会议和活动${present}次（其中全体会议${c.plenary_present}次、常委会议${c.standing_present}次、视察调研协商等活动${c.activity_present}次），请假${c.excused}次，缺席${c.absent}次；报送社情民意信息${c.opinion_submitted}篇，被采用${c.opinion_adopted}篇。`,
    `按本机构履职积分办法，年度履职积分为${r.points}分：${
      r.breakdown
        .filter((l) => l.count !== 0)
        .map((l) => `${DUTY_ITEM_LABELS[l.item].zh}${l.count}项计${l.points}分`)
        .join('，') || '无计分项目'
    }。`,
  ];
  if (r.proposalsLed.length) {
    paragraphs.push(`领衔提案：${r.proposalsLed.map((p) => `《${p.title}》`).join('、')}。`);
  }
  if (r.proposalsCosigned.length) {
    paragraphs.push(`附议提案：${r.proposalsCosigned.map((p) => `《${p.title}》`).join('、')}。`);
  }
  if (r.speeches.length) {
    paragraphs.push(`大会发言：${r.speeches.map((s) => `《${s.title}》`).join('、')}。`);
  }
  if (r.attendance.length) {
    paragraphs.push(
      `会议和活动：${r.attendance
        .map(
          (a) =>
            `${a.heldOn} ${ACTIVITY_KIND_LABELS[a.kind].zh}${quoted(a.title)}（${ATTENDANCE_LABELS[a.status].zh}）`,
        )
        .join('；')}。`,
    );
  }
  if (r.opinionReports.length) {
    paragraphs.push(
      `社情民意信息：${r.opinionReports
        .map((o) => `《${o.title}》${o.adopted ? `（已被${o.adoptionLevel ?? ''}采用）` : ''}`)
        .join('、')}。`,
    );
  }
  return paragraphs;
}

export const summaryTitle = (r: DutyRecord) => `${r.member.name}${r.year}年度履职情况`;

/** The yearly summary as a GB/T 9704 Word document, signed by the body. */
export function summaryDocument(r: DutyRecord, bodyName: string, date: Date): Promise<Buffer> {
  return buildOfficialDocument({
    title: summaryTitle(r),
    paragraphs: summaryParagraphs(r),
    signature: bodyName,
    date,
  });
}
