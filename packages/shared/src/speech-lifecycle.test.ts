import { describe, expect, it } from 'vitest';
import {
  SPEECH_STATES,
  SPEECH_TRANSITIONS,
  canEditSpeech,
  speechActions,
} from './speech-lifecycle.js';

describe('the speech lifecycle table', () => {
  it('reaches every state from draft', () => {
    const reached = new Set<string>(['draft']);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of SPEECH_TRANSITIONS) {
        if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...SPEECH_STATES].sort());
  });

  it('lets only the author submit, and only staff decide', () => {
    expect(speechActions('proposer', 'draft', true)).toEqual(['submit']);
    expect(speechActions('proposer', 'draft', false)).toEqual([]);
    expect(speechActions('staff', 'draft', false)).toEqual([]);
    expect(speechActions('staff', 'submitted', false)).toEqual(['return', 'select', 'not_select']);
    expect(speechActions('staff', 'selected', false)).toEqual(['not_select']);
    expect(speechActions('proposer', 'submitted', true)).toEqual([]);
    expect(speechActions('leader', 'submitted', false)).toEqual([]);
  });

  it('lets the author edit a draft and staff a submitted or selected speech', () => {
    expect(canEditSpeech('proposer', 'draft', true)).toBe(true);
    expect(canEditSpeech('proposer', 'submitted', true)).toBe(false);
    expect(canEditSpeech('proposer', 'draft', false)).toBe(false);
    expect(canEditSpeech('staff', 'draft', false)).toBe(false);
    expect(canEditSpeech('staff', 'selected', false)).toBe(true);
    expect(canEditSpeech('staff', 'not_selected', false)).toBe(false);
  });
});
