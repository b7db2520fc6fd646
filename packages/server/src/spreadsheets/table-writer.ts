import os from 'node:os';
import { Piscina } from 'piscina';

/** One sheet: a bold header row, then the rows, each an object keyed by the columns' keys. */
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

export async function writeTable(spec: TableSpec): Promise<Buffer> {
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
