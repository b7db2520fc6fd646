import { inflateRawSync } from 'node:zlib';

/**
 * Reads the parts of a .docx (a zip file) for tests, with Node's own zlib: the zip libraries in
 * node_modules come in through docx and exceljs, and are not ours to rely on.
 */
export function readDocxParts(docx: Buffer): Map<string, string> {
  const endOfDirectory = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) {
    throw new Error('Not a zip file');
  }
  const entries = docx.readUInt16LE(endOfDirectory + 10);
  let at = docx.readUInt32LE(endOfDirectory + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < entries; i++) {
    const method = docx.readUInt16LE(at + 10);
    const compressedSize = docx.readUInt32LE(at + 20);
    const nameLength = docx.readUInt16LE(at + 28);
    const extraLength = docx.readUInt16LE(at + 30);
    const commentLength = docx.readUInt16LE(at + 32);
    const localHeader = docx.readUInt32LE(at + 42);
    const name = docx.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart =
      localHeader + 30 + docx.readUInt16LE(localHeader + 26) + docx.readUInt16LE(localHeader + 28);
    const data = docx.subarray(dataStart, dataStart + compressedSize);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** word/document.xml, the body of the document. */
export const documentXml = (docx: Buffer) => readDocxParts(docx).get('word/document.xml') ?? '';

/** Each `<w:p>` of a part, with its XML and the text of its runs. */
export function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p\b(?:\/>|[\s\S]*?<\/w:p>)/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}
