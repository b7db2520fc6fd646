import { TRANSITIONS } from './proposal-lifecycle.js';

/**
 * The lifecycle table drawn as a Mermaid state diagram. docs/ARCHITECTURE.md embeds this text;
 * a test fails when the two differ, so the picture never drifts from the code.
 */
export function lifecycleMermaid(): string {
  const lines = ['stateDiagram-v2', '    [*] --> draft: create (proposer)'];
  for (const t of TRANSITIONS) {
    for (const from of t.from) {
      for (const to of t.to) {
        lines.push(`    ${from} --> ${to}: ${t.action} (${t.by.join(', ')})`);
      }
    }
  }
  lines.push(
    '    withdrawn --> [*]',
    '    not_registered --> [*]',
    '    merged --> [*]',
    '    closed --> [*]',
  );
  return lines.join('\n');
}
