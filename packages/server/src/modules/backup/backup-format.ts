import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { BackupTable } from './backup.queries.js';

/**
 * The backup file (.jybak), version 2: gzip of NDJSON, one JSON object a line, written and read
 * as a stream so that memory stays bounded whatever the body's size:
 *
 *   {"format":"jianyan-backup","version":2,"createdAt":…,"migrations":N,"bodyId":…|null}
 *   {"table":"bodies","row":{…}}                   one line per row, BACKUP_TABLES order,
 *   …                                              parents before children within a table
 *   {"file":{"bodyId":…,"sha256":…},"base64":"…"}  the bytes of a file stored on disk
 *   {"table":"attachments","row":{…}}              (ATTACHMENT_STORAGE=disk), once per file,
 *   …                                              just before the first row that names it
 *   {"end":true,"rows":{"bodies":1,…},"files":N}   the last line: a file without it was cut off
 *
 * Rows are the database's own JSON of the row (bytea as \x-hex, timestamps ISO), as version 1
 * had them. Version 1 was one gzipped JSON document ({…header, "tables":{name:[rows]}}), built
 * in memory; restore still reads it.
 */
export const BACKUP_FORMAT = 'jianyan-backup';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: 1 | 2;
  createdAt: string;
  /** The schema the rows belong to: the number of migrations applied. */
  migrations: number;
  bodyId: string | null;
}

/** A version-1 file: the header and every table in one document. */
export interface BackupFileV1 extends BackupHeader {
  version: 1;
  tables: Partial<Record<BackupTable, unknown[]>>;
}

export interface RowLine {
  table: BackupTable;
  row: Record<string, unknown>;
}
export interface FileLine {
  file: { bodyId: string; sha256: string };
  base64: string;
}
export interface EndLine {
  end: true;
  rows: Partial<Record<BackupTable, number>>;
  files: number;
}
export type BackupLine = RowLine | FileLine | EndLine;

export const notABackup = () => new Error('不是建言的备份文件 / not a Jianyan backup file');

export const damagedBackup = (why: string, whyZh: string) =>
  new Error(`备份文件不完整或已损坏（${whyZh}）/ the backup file is truncated or damaged (${why})`);

/** One line's JSON; a line that does not parse means the file is damaged. */
export function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw damagedBackup('a line is not valid JSON', '某行不是有效的 JSON');
  }
}

/**
 * The lines of a gzipped file, one at a time. Split by hand rather than with readline, so that
 * a gunzip error (a truncated or damaged file) reaches the reader instead of ending the lines
 * quietly; a line is joined from its chunks once, however long (a file's base64 is megabytes).
 */
export async function* gunzippedLines(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  input.on('error', (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  try {
    for await (const chunk of gunzip) {
      let text = decoder.write(chunk as Buffer);
      let newline: number;
      while ((newline = text.indexOf('\n')) >= 0) {
        parts.push(text.slice(0, newline));
        yield parts.join('');
        parts = [];
        text = text.slice(newline + 1);
      }
      if (text) {
        parts.push(text);
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code?.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE') {
      throw code === 'Z_BUF_ERROR'
        ? damagedBackup('the compressed data ends early', '压缩数据提前结束')
        : damagedBackup(`gzip: ${(e as Error).message}`, '无法解压');
    }
    throw e;
  } finally {
    input.unpipe(gunzip);
    input.destroy();
    gunzip.destroy();
  }
  parts.push(decoder.end());
  const last = parts.join('');
  if (last) {
    yield last;
  }
}
