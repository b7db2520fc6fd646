/**
 * Run by `npm install` (the root package's postinstall): makes PGlite's protocol reader decode
 * each text field where it lies, instead of first copying it into an ArrayBuffer of its own.
 *
 * PGlite (0.5.16 and 0.6.1 alike) parses the rows its engine returns with a fork of pg-protocol
 * whose `BufferReader.string(n)` is `decoder.decode(this.bytes(n))`, and `bytes(n)` is
 * `buffer.slice(…)`: a new ArrayBuffer for every field of every row. Reading the 2,000-row list
 * of a session spent a quarter of its time there; decoding a view of the same bytes made the
 * read ×1.37 faster (docs/decisions/0013-pglite-reads-fields-in-place.md,
 * `npm run bench:pglite-reader`). Only `string` changes: `bytes` keeps its copy, because its
 * callers may keep what it returns.
 *
 * The change is a substitution by pattern in PGlite's bundled files, checked both ways: a file
 * that has the original method is patched, one that has the patched method is left alone, and
 * if no file has either (PGlite was upgraded and rewrote its reader) this prints a warning and
 * changes nothing. `tools/patch-pglite-reader.test.js` then fails, so that an upgrade is looked
 * at rather than silently slower.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reader as esbuild bundles it, in whatever names the minifier chose for the bundle: `G` reads
 * a private field, `S` sets one; `D` is the decoder, `V` the DataView, `O` the offset.
 *   string(t){return G(this,D).decode(this.bytes(t))}cstring(){…}
 *   bytes(t){let n=G(this,V).buffer.slice(G(this,O),G(this,O)+t);return S(this,O,G(this,O)+t),new Uint8Array(n)}
 */
const COPYING_READER =
  /string\(t\)\{return (\w+)\(this,(\w+)\)\.decode\(this\.bytes\(t\)\)\}(cstring\(\)\{[^}]*\}bytes\(t\)\{let (\w+)=\1\(this,(\w+)\)\.buffer\.slice\(\1\(this,(\w+)\),\1\(this,\6\)\+t\);return (\w+)\(this,\6,\1\(this,\6\)\+t\),new Uint8Array\(\4\)\})/g;

/** `string` decoding a view of the same bytes; `cstring` and `bytes` as they were. */
const inPlace = (G, D, rest, V, O, S) =>
  `string(t){let v=${G}(this,${V}),o=${G}(this,${O});return ${S}(this,${O},o+t),` +
  `${G}(this,${D}).decode(new Uint8Array(v.buffer,v.byteOffset+o,t))}${rest}`;

const IN_PLACE_READER =
  /string\(t\)\{let v=(\w+)\(this,\w+\),o=\1\(this,\w+\);return \w+\(this,\w+,o\+t\),\1\(this,(\w+)\)\.decode\(new Uint8Array\(v\.buffer,v\.byteOffset\+o,t\)\)\}/g;

/**
 * @param {string} source one of PGlite's bundled files
 * @returns {{ state: 'patched' | 'already' | 'absent', source: string }}
 */
export function patchReaderSource(source) {
  const patched = source.replace(COPYING_READER, (_m, G, D, rest, _n, V, O, S) =>
    inPlace(G, D, rest, V, O, S),
  );
  if (patched !== source) {
    return { state: 'patched', source: patched };
  }
  return { state: source.match(IN_PLACE_READER) ? 'already' : 'absent', source };
}

/** The reverse, for `npm run bench:pglite-reader`: PGlite's reader as it was published. */
export function unpatchReaderSource(source) {
  return source.replace(
    IN_PLACE_READER,
    (_m, G, D) => `string(t){return ${G}(this,${D}).decode(this.bytes(t))}`,
  );
}

/** PGlite's dist folder, as the server package resolves it. */
export function pgliteDist() {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const require = createRequire(path.join(root, 'packages/server/package.json'));
  return path.dirname(require.resolve('@electric-sql/pglite'));
}

/** PGlite's bundled files that hold the reader, each with what patching would do to it. */
export function readerFiles(dist = pgliteDist()) {
  const files = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.c?js$/.test(entry.name)) {
      const file = path.join(entry.parentPath, entry.name);
      const result = patchReaderSource(readFileSync(file, 'utf8'));
      if (result.state !== 'absent') {
        files.push({ file, ...result });
      }
    }
  }
  return files;
}

/** Patches the files that still have the original reader; returns every file that holds one. */
export function patchPgliteReader(dist = pgliteDist()) {
  const files = readerFiles(dist);
  for (const f of files) {
    if (f.state === 'patched') {
      writeFileSync(f.file, f.source);
    }
  }
  return files.map((f) => ({ file: path.relative(dist, f.file), state: f.state }));
}

function main() {
  let results;
  try {
    results = patchPgliteReader();
  } catch (err) {
    // Installed without the server (or before it): nothing to patch.
    console.warn(`patch-pglite-reader: PGlite not found (${String(err)}); nothing patched`);
    return;
  }
  if (results.length === 0) {
    console.warn(
      "patch-pglite-reader: PGlite's protocol reader has neither the known nor the patched text; " +
        'nothing patched. See docs/decisions/0013-pglite-reads-fields-in-place.md.',
    );
    return;
  }
  for (const r of results) {
    console.log(
      `patch-pglite-reader: ${r.file} ${r.state === 'patched' ? 'patched' : 'already patched'}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}
