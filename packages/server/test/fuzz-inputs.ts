/**
 * Hostile inputs for the fuzz test, generated deterministically from a seed so a failure can be
 * replayed: malformed JSON, wrong types, oversized fields, invalid UTF-8, SQL and script
 * injections, prototype pollution keys.
 */

/** mulberry32: a small seeded generator; the same seed gives the same cases on every run. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof seeded>;

/**
 * Strings a form may legitimately hold as plain text: stored and shown verbatim, never run. They
 * avoid `"` and `\` so they can be found unchanged in a row's text form.
 */
export const INJECTIONS = [
  "'; DROP TABLE proposals; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
];

/** A request to send: a JSON value, or raw bytes with their content type. */
export type FuzzPayload =
  | { kind: 'json'; value: unknown; label: string; harmless?: string }
  | {
      kind: 'raw';
      bytes: Buffer;
      contentType: string;
      label: string;
      /** A 2xx is right only if the answer passes this (e.g. a file name stripped of its path). */
      acceptIf?: (answer: string) => boolean;
    };

const raw = (label: string, bytes: Buffer | string, contentType = 'application/json') => ({
  kind: 'raw' as const,
  bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'),
  contentType,
  label,
});

/** Inputs every write endpoint must refuse before it reads the body's fields. */
export function parserAttacks(valid: unknown, rnd: Random): FuzzPayload[] {
  const json = JSON.stringify(valid ?? {});
  const inner = json === '{}' ? '' : json.slice(1, -1);
  const randomBytes = Buffer.from(Array.from({ length: 64 }, () => 0x80 + rnd.int(0x80)));
  return [
    raw('truncated JSON', json.slice(0, Math.max(1, json.length - 1))),
    raw('not JSON', "{title: 'x', }"),
    raw('empty body with a JSON type', ''),
    raw('trailing garbage', `${json}garbage`),
    raw('deeply nested', '['.repeat(5000) + ']'.repeat(5000)),
    raw(
      'invalid UTF-8 in a string',
      Buffer.concat([
        Buffer.from('{"title":"'),
        randomBytes,
        Buffer.from(`"${inner ? ',' : ''}${inner}}`),
      ]),
    ),
    raw(
      'lone surrogate bytes',
      Buffer.from([0x7b, 0x22, 0x78, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
    ),
    raw(
      '__proto__ key',
      `{"__proto__":{"polluted":true,"role":"admin"}${inner ? ',' : ''}${inner}}`,
    ),
    raw(
      'constructor.prototype key',
      `{"constructor":{"prototype":{"polluted":true}}${inner ? ',' : ''}${inner}}`,
    ),
    raw('oversized body (2 MB)', `{"title":"${'长'.repeat(700_000)}"}`),
    raw('wrong content type', 'title=x', 'text/plain'),
  ];
}

/** Each field of a valid body replaced by a wrong type, an oversized value or an injection. */
export function fieldAttacks(valid: Record<string, unknown>, rnd: Random): FuzzPayload[] {
  const out: FuzzPayload[] = [];
  const json = (label: string, value: unknown, harmless?: string): FuzzPayload => ({
    kind: 'json',
    value,
    label,
    harmless,
  });
  for (const [key, good] of Object.entries(valid)) {
    const wrongTypes: unknown[] =
      typeof good === 'string'
        ? [12345, true, [], { nested: 'x' }]
        : typeof good === 'number'
          ? // A fraction is wrong only where the valid value is whole (3.5万人 is a real figure).
            ['12', 'x', true, [], 1e308, -1, ...(Number.isInteger(good) ? [1.5] : [])]
          : typeof good === 'boolean'
            ? ['true', 1, [], {}]
            : Array.isArray(good)
              ? ['x', 12, { 0: good[0] }, [null], [12345]]
              : ['x', 12, []];
    for (const bad of wrongTypes) {
      out.push(json(`${key} as ${JSON.stringify(bad).slice(0, 20)}`, { ...valid, [key]: bad }));
    }
    if (typeof good === 'string') {
      out.push(json(`${key} of 1 MB`, { ...valid, [key]: 'x'.repeat(1024 * 1024) }));
      out.push(json(`${key} of 200 KB`, { ...valid, [key]: '建'.repeat(200_000) }));
      out.push(json(`${key} with NUL`, { ...valid, [key]: `a\u0000b` }));
      out.push(json(`${key} with control characters`, { ...valid, [key]: '\u0007\u001b[31m' }));
      const injection = rnd.pick(INJECTIONS);
      // A password is stored only as its hash: there is no literal to find.
      const injections = /password/i.test(key) ? [] : [injection, INJECTIONS[0]!, INJECTIONS[2]!];
      for (const s of new Set(injections)) {
        // Appended to the valid value, so an id stays recognisably an id with junk after it.
        out.push(json(`${key} with ${s}`, { ...valid, [key]: `${good} ${s}` }, `${good} ${s}`));
      }
    }
    if (Array.isArray(good)) {
      out.push(
        json(`${key} with 100,000 items`, {
          ...valid,
          [key]: Array.from({ length: 100_000 }, () => good[0] ?? 'x'),
        }),
      );
      out.push(json(`${key} with 5,000 items`, { ...valid, [key]: Array(5000).fill(good[0]) }));
      // One level down: the first item's fields get wrong types too.
      const first: unknown = good[0];
      if (first && typeof first === 'object') {
        for (const [inner, innerGood] of Object.entries(first)) {
          out.push(
            json(`${key}[0].${inner} as a number`, {
              ...valid,
              [key]: [{ ...first, [inner]: 12345 }],
            }),
          );
          if (typeof innerGood === 'string') {
            out.push(
              json(`${key}[0].${inner} of 200 KB`, {
                ...valid,
                [key]: [{ ...first, [inner]: '建'.repeat(200_000) }, ...good.slice(1)],
              }),
            );
          }
        }
      }
    }
  }
  out.push(json('array instead of object', [valid]));
  out.push(json('a string', 'x'));
  out.push(json('a number', 42));
  out.push(json('null', null));
  return out;
}

/** Path parameters a router must refuse. */
export const PARAM_ATTACKS = [
  "'; DROP TABLE proposals; --",
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '00000000-0000-0000-0000-00000000000g',
  '%00',
  'x'.repeat(5000),
];
