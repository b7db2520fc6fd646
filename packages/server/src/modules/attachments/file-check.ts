import { fileTypeFromBuffer } from 'file-type';
import { AppError, invalidField } from '../../errors.js';

/**
 * The file types a proposal office accepts, decided by the bytes, never by the name or the
 * browser's claim: PDF, Word, Excel, OFD-free office files, images, and plain UTF-8 text.
 */
const ALLOWED = new Map<string, string>([
  ['application/pdf', 'PDF'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel'],
  ['application/x-cfb', 'Word/Excel 97-2003'],
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
]);

export async function checkFile(filename: string, content: Buffer, maxBytes: number) {
  if (content.length === 0) {
    throw invalidField('file', '文件为空', 'the file is empty');
  }
  if (content.length > maxBytes) {
    throw new AppError(
      413,
      'file_too_large',
      `文件超过 ${Math.floor(maxBytes / 1024 / 1024)} MB 的上限`,
      `The file exceeds the ${Math.floor(maxBytes / 1024 / 1024)} MB limit`,
      { fields: [{ field: 'file', message: 'too large', messageZh: '文件过大' }] },
    );
  }
  const sniffed = await fileTypeFromBuffer(content);
  if (sniffed && ALLOWED.has(sniffed.mime)) {
    return sniffed.mime;
  }
  if (!sniffed && /\.txt$/i.test(filename) && isUtf8Text(content)) {
    return 'text/plain; charset=utf-8';
  }
  throw invalidField(
    'file',
    `不支持的文件类型（${sniffed?.mime ?? '未知'}），请上传 PDF、Word、Excel、图片或文本文件`,
    `unsupported file type (${sniffed?.mime ?? 'unknown'}); upload PDF, Word, Excel, an image or plain text`,
  );
}

function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) {
    return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/** A file name safe to store and to put in a Content-Disposition header. */
export function cleanFilename(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/[\p{Cc}"<>|:*?]/gu, '_')
    .trim();
  return (base || 'file').slice(0, 200);
}
