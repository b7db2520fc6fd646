import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeEngineConflicts } from './check-node-engines.js';

describe('nodeEngineConflicts', () => {
  it('names exactly the installed packages whose engines.node excludes the given Node', () => {
    const lockfile = {
      packages: {
        '': { name: 'jianyan', engines: { node: '>=20.19' } },
        'node_modules/@jianyan/server': { resolved: 'packages/server', link: true },
        'packages/server': { name: '@jianyan/server', version: '0.1.0' },
        'node_modules/cookie': { version: '2.0.2', engines: { node: '>=22' } },
        'node_modules/docx/node_modules/nanoid': {
          version: '6.0.2',
          engines: { node: '^22 || ^24 || >=26' },
        },
        'node_modules/nanoid': { version: '5.1.16', engines: { node: '^18 || >=20' } },
        'node_modules/semver': { version: '7.8.6', engines: { node: '>=10' } },
        'node_modules/old-style': { version: '0.1.0', engines: ['node >= 0.4'] },
        'node_modules/no-engines': { version: '1.0.0' },
        'node_modules/typo': { version: '1.0.0', engines: { node: 'twenty' } },
      },
    };
    expect(nodeEngineConflicts(lockfile, '20.19.0')).toEqual([
      { path: 'node_modules/cookie', version: '2.0.2', engines: '>=22' },
      {
        path: 'node_modules/docx/node_modules/nanoid',
        version: '6.0.2',
        engines: '^22 || ^24 || >=26',
      },
      { path: 'node_modules/typo', version: '1.0.0', engines: 'twenty' },
    ]);
    expect(nodeEngineConflicts(lockfile, '22.0.0').map((c) => c.path)).toEqual([
      'node_modules/typo',
    ]);
  });

  it('finds nothing in the committed package-lock.json for the oldest Node we support', () => {
    const lockfile = JSON.parse(
      readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'),
    );
    expect(nodeEngineConflicts(lockfile, '20.19.0')).toEqual([]);
  });
});
