import ExcelJS from 'exceljs';
import {
  ACTIVITY_KIND_LABELS,
  ATTENDANCE_LABELS,
  type ActivityKind,
  type AttendanceStatus,
} from '@jianyan/shared';
import { cellText, type SheetProblem } from '../imports/proposal-sheet.js';
import { parseOfficeTime } from '../imports/row-validation.js';
import { localDate } from '../../beijing-time.js';

/** The columns of an attendance sheet, as a committee office keeps it. */
export const ATTENDANCE_COLUMNS = ['日期', '活动类型', '活动名称', '姓名', '出勤情况'] as const;

export interface AttendanceRow {
  line: number;
  heldOn: string;
  kind: ActivityKind;
  title: string;
  name: string;
  status: AttendanceStatus;
}

const KIND_BY_LABEL = new Map<string, ActivityKind>(
  Object.entries(ACTIVITY_KIND_LABELS).map(([k, l]) => [l.zh, k as ActivityKind]),
);
KIND_BY_LABEL.set('其他', 'other');
const STATUS_BY_LABEL = new Map<string, AttendanceStatus>([
  ...Object.entries(ATTENDANCE_LABELS).map(
    ([k, l]) => [l.zh, k as AttendanceStatus] as [string, AttendanceStatus],
  ),
  ['出勤', 'present'],
  ['参加', 'present'],
  ['未出席', 'absent'],
]);

/** A day as the office wrote it: an Excel date cell, 2025-03-01, 2025/3/1 or 2025年3月1日. */
export function officeDay(raw: string): string | null {
  // Excel stores a date cell as midnight UTC of the day shown.
  const excel = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/.exec(raw);
  if (excel) {
    return excel[1]!;
  }
  const time = parseOfficeTime(raw);
  return time ? localDate(time) : null;
}

/** Reads and checks every row; returns every problem so the clerk can fix the sheet at once. */
export async function readAttendanceSheet(
  content: Buffer,
): Promise<{ rows: AttendanceRow[]; problems: SheetProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      problems: [{ line: 0, column: '-', reason: 'not an .xlsx file', reasonZh: '文件须为 .xlsx' }],
    };
  }
  const sheet = workbook.worksheets[0];
  const matrix: { line: number; values: string[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellText(cell.value).trim();
    });
    matrix.push({ line, values: Array.from(values, (v) => v ?? '') });
  });
  const header = matrix[0]?.values ?? [];
  const missing = ATTENDANCE_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((c) => ({
        line: 1,
        column: c,
        reason: 'required column is missing',
        reasonZh: '缺少必需的列',
      })),
    };
  }
  const problems: SheetProblem[] = [];
  const rows: AttendanceRow[] = [];
  for (const { line, values } of matrix.slice(1)) {
    const cell = (c: (typeof ATTENDANCE_COLUMNS)[number]) => values[header.indexOf(c)] ?? '';
    if (values.every((v) => v === '')) {
      continue;
    }
    const problem = (column: string, reasonZh: string, reason: string) =>
      problems.push({ line, column, reasonZh, reason });
    const heldOn = officeDay(cell('日期'));
    if (!heldOn) {
      problem('日期', '日期格式无法识别（例：2025-03-01）', 'unrecognised date (e.g. 2025-03-01)');
    }
    const kind = KIND_BY_LABEL.get(cell('活动类型'));
    if (!kind) {
      problem(
        '活动类型',
        '须为 全体会议、常委会议、视察、调研、协商 或 其他活动',
        'must be 全体会议, 常委会议, 视察, 调研, 协商 or 其他活动',
      );
    }
    const title = cell('活动名称');
    if (!title) {
      problem('活动名称', '不能为空', 'is required');
    }
    const name = cell('姓名').replace(/\s+/g, '');
    if (!name) {
      problem('姓名', '不能为空', 'is required');
    }
    const status = STATUS_BY_LABEL.get(cell('出勤情况'));
    if (!status) {
      problem('出勤情况', '须为 出席、缺席 或 请假', 'must be 出席, 缺席 or 请假');
    }
    if (heldOn && kind && title && name && status) {
      rows.push({ line, heldOn, kind, title, name, status });
    }
  }
  return { rows, problems };
}
