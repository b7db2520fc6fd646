import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lifecycleMermaid } from './lifecycle-diagram.js';
import { PROPOSAL_STATES, TRANSITIONS, actionsFor, actionsFrom } from './proposal-lifecycle.js';

describe('the lifecycle table', () => {
  it('reaches every state from draft', () => {
    const reached = new Set(['draft']);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of TRANSITIONS) {
        if (t.from.some((f) => reached.has(f))) {
          for (const to of t.to) {
            if (!reached.has(to)) {
              reached.add(to);
              changed = true;
            }
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...PROPOSAL_STATES].sort());
  });

  it('lets nothing leave withdrawn, not_registered or merged', () => {
    expect(actionsFrom('withdrawn')).toEqual([]);
    expect(actionsFrom('not_registered')).toEqual([]);
    expect(actionsFrom('merged')).toEqual([]);
  });

  it('gives staff the four review outcomes of a submitted proposal, and the proposer withdrawal', () => {
    expect(actionsFor('submitted', 'staff').sort()).toEqual([
      'merge',
      'register',
      'reject',
      'return_for_revision',
    ]);
    expect(actionsFor('submitted', 'proposer')).toEqual(['withdraw']);
  });

  it('is the diagram in docs/ARCHITECTURE.md', () => {
    const doc = fs.readFileSync(path.resolve('docs/ARCHITECTURE.md'), 'utf8');
    expect(doc).toContain('```mermaid\n' + lifecycleMermaid() + '\n```');
  });
});
