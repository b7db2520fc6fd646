import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { writeTable } from '../../spreadsheets/table-writer.js';

/**
 * The columns proposal offices keep in Excel, in the order the export writes them. Import reads
 * them by header name, so extra columns (编号, 状态 …) and a different order are fine.
 */
export const SHEET_COLUMNS = [
  '编号',
  '标题',
  '提案者',
  '提案者类型',
  '联名人',
  '类别',
  '提交时间',
  '审查结果',
  '案由',
  '建议',
  '主办单位',
  '会办单位',
  '答复类别',
  '满意度',
  '状态',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export const REQUIRED_COLUMNS: SheetColumn[] = ['标题', '提案者'];

export interface SheetRow {
  /** The row's line in the file (the header is line 1), as a clerk would find it in Excel. */
  line: number;
  cells: Partial<Record<SheetColumn, string>>;
}

export interface SheetProblem {
  line: number;
  column: string;
  reason: string;
  reasonZh: string;
}

export class SheetError extends Error {
  constructor(readonly problems: SheetProblem[]) {
    super(problems.map((p) => `line ${p.line}, ${p.column}: ${p.reason}`).join('\n'));
    this.name = 'SheetError';
  }
}

function rowsFromMatrix(matrix: { line: number; values: string[] }[]): SheetRow[] {
  const header = matrix[0];
  if (!header) {
    throw new SheetError([
      { line: 1, column: '-', reason: 'the file is empty', reasonZh: '文件为空' },
    ]);
  }
  const names = header.values.map((v) => v.trim());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) {
    throw new SheetError(
      missing.map((c) => ({
        line: 1,
        column: c,
        reason: 'required column is missing',
        reasonZh: '缺少必需的列',
      })),
    );
  }
  return matrix
    .slice(1)
    .filter((r) => r.values.some((v) => v.trim() !== ''))
    .map((r) => {
      const cells: SheetRow['cells'] = {};
      names.forEach((name, i) => {
        if ((SHEET_COLUMNS as readonly string[]).includes(name)) {
          cells[name as SheetColumn] = (r.values[i] ?? '').trim();
        }
      });
      return { line: r.line, cells };
    });
}

/** Reads UTF-8 CSV, with or without a byte-order mark. */
export function readCsv(content: Buffer): SheetRow[] {
  const records = parse(content, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return rowsFromMatrix(records.map((r) => ({ line: r.info.lines, values: r.record })));
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if ('richText' in value) {
    return value.richText.map((t) => t.text).join('');
  }
  if ('text' in value) {
    return String(value.text);
  }
  if ('result' in value) {
    return cellText(value.result ?? null);
  }
  // Errors and shared formulas without a cached result carry no text a clerk typed.
  return '';
}

export async function readXlsx(content: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new SheetError([
      { line: 1, column: '-', reason: 'the workbook has no sheet', reasonZh: '工作簿中没有工作表' },
    ]);
  }
  const matrix: { line: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellText(cell.value);
    });
    matrix.push({ line, values: Array.from(values, (v) => v ?? '') });
  });
  return rowsFromMatrix(matrix);
}

export async function readSheet(filename: string, content: Buffer): Promise<SheetRow[]> {
  const reader = /\.xlsx$/i.test(filename) ? readXlsx : /\.csv$/i.test(filename) ? readCsv : null;
  if (reader) {
    try {
      return await reader(content);
    } catch (err) {
      // A broken file (bad quoting, not a zip) is the uploader's problem, not a server error.
      if (err instanceof SheetError) {
        throw err;
      }
      throw new SheetError([
        {
          line: 0,
          column: '-',
          reason: `the file cannot be read (${(err as Error).message.slice(0, 200)})`,
          reasonZh: '文件无法读取，请检查文件格式',
        },
      ]);
    }
  }
  throw new SheetError([
    {
      line: 0,
      column: '-',
      reason: 'the file must be .csv or .xlsx',
      reasonZh: '文件须为 .csv 或 .xlsx',
    },
  ]);
}

/** Writes rows under the Chinese headers, as CSV (UTF-8 with BOM, so Excel opens it) or XLSX. */
export function writeSheet(
  format: 'csv' | 'xlsx',
  rows: Partial<Record<SheetColumn, string>>[],
  sheetName = '提案汇总',
): Promise<Buffer> {
  return writeTable({
    format,
    sheetName,
    columns: SHEET_COLUMNS.map((c) => ({
      header: c,
      key: c,
      width: c === '标题' ? 40 : c === '案由' || c === '建议' ? 60 : 14,
    })),
    rows,
  });
}
