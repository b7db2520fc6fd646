import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { patchReaderSource, readerFiles, unpatchReaderSource } from './patch-pglite-reader.js';

describe('patchReaderSource', () => {
  // PGlite 0.5.16's ES module bundle, as npm installs it.
  const cstring =
    'cstring(){let t=r(this,w),n=t;for(;r(this,x).getUint8(n++)!==0;);let s=this.string(n-t-1);return d(this,w,n),s}';
  const bytes =
    'bytes(t){let n=r(this,x).buffer.slice(r(this,w),r(this,w)+t);return d(this,w,r(this,w)+t),new Uint8Array(n)}';
  const bundle = `int32(){}string(t){return r(this,le).decode(this.bytes(t))}${cstring}${bytes}};x=new WeakMap`;

  it('makes string() decode a view of its bytes, and leaves cstring() and bytes() as they were', () => {
    const once = patchReaderSource(bundle);
    expect(once.state).toBe('patched');
    expect(once.source).toBe(
      'int32(){}string(t){let v=r(this,x),o=r(this,w);return d(this,w,o+t),' +
        `r(this,le).decode(new Uint8Array(v.buffer,v.byteOffset+o,t))}${cstring}${bytes}};x=new WeakMap`,
    );
    expect(patchReaderSource(once.source)).toEqual({ state: 'already', source: once.source });
    // The benchmark's baseline undoes it exactly.
    expect(unpatchReaderSource(once.source)).toBe(bundle);
  });

  it('reports a reader it does not know, and changes nothing', () => {
    const changed = bundle.replace('this.bytes(t)', 'this.view(t)');
    expect(patchReaderSource(changed)).toEqual({ state: 'absent', source: changed });
  });
});

describe('the installed PGlite', () => {
  it('has every copy of its protocol reader patched (an upgrade that changed it fails here)', () => {
    const files = readerFiles();
    expect(files.map((f) => f.state)).not.toContain('patched');
    // The ES module entry, which the server loads, is among them.
    expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
  });

  it('reads every text field of a long result intact: Chinese, emoji, empty and null', async () => {
    const db = new PGlite();
    try {
      const { rows } = await db.query(
        `SELECT i, '第' || i || '号提案：关于加强养老服务' AS title, '' AS empty, NULL::text AS none,
                repeat('😀', i % 3) AS emoji
         FROM generate_series(1, 2000) AS i ORDER BY i`,
      );
      expect(rows).toHaveLength(2000);
      rows.forEach((row, k) => {
        const i = k + 1;
        expect(row).toEqual({
          i,
          title: `第${i}号提案：关于加强养老服务`,
          empty: '',
          none: null,
          emoji: '😀'.repeat(i % 3),
        });
      });
    } finally {
      await db.close();
    }
  });
});
