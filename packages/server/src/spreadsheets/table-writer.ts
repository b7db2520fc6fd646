import os from 'node:os';
import { Piscina } from 'piscina';

/**
 * One sheet: a bold header row, then the rows — each an object keyed by the columns' keys, or
 * the cells in the columns' order.
 */
export interface SheetSpec {
  name: string;
  columns: { header: string; key?: string; width: number }[];
  rows: (Record<string, string | number> | (string | number)[])[];
}

/** A workbook of one or more sheets; as CSV, only its one sheet. */
export interface WorkbookSpec {
  format: 'xlsx' | 'csv';
  sheets: SheetSpec[];
}

/** One sheet of objects keyed by the columns' keys, as Excel or CSV. */
export interface TableSpec {
  format: 'xlsx' | 'csv';
  sheetName: string;
  columns: { header: string; key: string; width: number }[];
  rows: Record<string, string | number>[];
}

/**
 * Excel and CSV exports are built in a worker thread. Why: exceljs takes 200–400 ms of CPU for a
 * session's list of 2,000 proposals, and built in the server's own thread it held every other
 * request — submissions in the deadline rush among them — for that long (docs/performance.md).
 * One thread fewer than the cores, at least one; started on the first export, ended when idle.
 * At a lower priority (nice +10, where the system allows it): in the rush the members'
 * submissions come first, and an export waits for a free core rather than taking one from them.
 */
let pool: Piscina | undefined;

export function writeTable({ format, sheetName, columns, rows }: TableSpec): Promise<Buffer> {
  return writeWorkbook({ format, sheets: [{ name: sheetName, columns, rows }] });
}

export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  if (spec.format === 'csv' && spec.sheets.length !== 1) {
    throw new Error('a CSV file holds one sheet');
  }
  pool ??= new Piscina({
    filename: new URL('./table-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: Math.max(1, os.availableParallelism() - 1),
    idleTimeout: 30_000,
    niceIncrement: 10,
  });
  const bytes = (await pool.run(spec)) as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
