/**
 * The plenary speech (大会发言) lifecycle, declared once as data, like the proposal lifecycle:
 * the server enforces it in one place (speeches.service.ts), the web app reads it to decide which
 * buttons to show.
 *
 * A member or collective account drafts and submits; staff select it for the digest (发言摘编) or
 * not, and may return a submitted speech for revision. A selected speech has a place in the
 * digest; staff may edit it there (the submitted text is kept).
 */
import type { Role } from './proposal-lifecycle.js';

export const SPEECH_STATES = ['draft', 'submitted', 'selected', 'not_selected'] as const;
export type SpeechState = (typeof SPEECH_STATES)[number];

export const SPEECH_STATE_LABELS: Record<SpeechState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  selected: { zh: '已选用', en: 'Selected' },
  not_selected: { zh: '未选用', en: 'Not selected' },
};

export const SPEECH_ACTIONS = ['submit', 'return', 'select', 'not_select'] as const;
export type SpeechAction = (typeof SPEECH_ACTIONS)[number];

export interface SpeechTransition {
  action: SpeechAction;
  from: readonly SpeechState[];
  to: SpeechState;
  by: readonly Role[];
  label: { zh: string; en: string };
}

export const SPEECH_TRANSITIONS: readonly SpeechTransition[] = [
  {
    action: 'submit',
    from: ['draft'],
    to: 'submitted',
    by: ['proposer'],
    label: { zh: '提交', en: 'Submit' },
  },
  {
    action: 'return',
    from: ['submitted', 'not_selected'],
    to: 'draft',
    by: ['staff'],
    label: { zh: '退回修改', en: 'Return for revision' },
  },
  {
    action: 'select',
    from: ['submitted', 'not_selected'],
    to: 'selected',
    by: ['staff'],
    label: { zh: '选用', en: 'Select' },
  },
  {
    action: 'not_select',
    from: ['submitted', 'selected'],
    to: 'not_selected',
    by: ['staff'],
    label: { zh: '不选用', en: 'Do not select' },
  },
];

/** Who may change a speech's text in which state: its author while drafting, staff once submitted. */
export const SPEECH_EDITABLE: Readonly<Partial<Record<Role, readonly SpeechState[]>>> = {
  proposer: ['draft'],
  staff: ['submitted', 'selected'],
};

export function speechTransition(action: SpeechAction): SpeechTransition {
  return SPEECH_TRANSITIONS.find((t) => t.action === action)!;
}

/** The actions this role may take on a speech in this state (the author's only when it is theirs). */
export function speechActions(role: Role, state: SpeechState, isAuthor: boolean): SpeechAction[] {
  return SPEECH_TRANSITIONS.filter(
    (t) => t.from.includes(state) && t.by.includes(role) && (role !== 'proposer' || isAuthor),
  ).map((t) => t.action);
}

export const canEditSpeech = (role: Role, state: SpeechState, isAuthor: boolean) =>
  (SPEECH_EDITABLE[role] ?? []).includes(state) && (role !== 'proposer' || isAuthor);
