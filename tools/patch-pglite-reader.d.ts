// Types of tools/patch-pglite-reader.js, for the benchmark that imports it.
export type ReaderState = 'patched' | 'already' | 'absent';
export function patchReaderSource(source: string): { state: ReaderState; source: string };
export function unpatchReaderSource(source: string): string;
export function pgliteDist(): string;
export function readerFiles(
  dist?: string,
): { file: string; state: Exclude<ReaderState, 'absent'>; source: string }[];
export function patchPgliteReader(
  dist?: string,
): { file: string; state: Exclude<ReaderState, 'absent'> }[];
