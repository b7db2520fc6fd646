// Runs in a worker thread (table-writer.ts): builds a workbook as an Excel file, or its one sheet
// as CSV, so that a large export does not hold the server's thread — the one that answers every
// other request. Plain JavaScript: worker threads do not inherit the tsx loader the server runs
// under.
import ExcelJS from 'exceljs';
import { Piscina } from 'piscina';

/** @param {import('./table-writer.js').WorkbookSpec} spec */
export default async function writeWorkbook(spec) {
  const workbook = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const sheet = workbook.addWorksheet(s.name);
    sheet.columns = s.columns;
    for (const row of s.rows) {
      sheet.addRow(row);
    }
    sheet.getRow(1).font = { bold: true };
  }
  const bytes =
    spec.format === 'xlsx'
      ? new Uint8Array(await workbook.xlsx.writeBuffer())
      : // Excel opens a CSV as UTF-8 only after a byte-order mark.
        new Uint8Array(Buffer.concat([Buffer.from('\ufeff'), await workbook.csv.writeBuffer()]));
  return Piscina.move(bytes);
}
