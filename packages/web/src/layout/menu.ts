import type { Role } from '@jianyan/shared';
import type { useT } from '../i18n';

type WordKey = Parameters<ReturnType<typeof useT>>[0];

/** The pages each role may open; the menu shows exactly these and the router enforces them. */
export const PAGES: { path: string; label: WordKey; roles: readonly Role[] }[] = [
  { path: '/my', label: 'myProposals', roles: ['proposer'] },
  { path: '/my/new', label: 'newProposal', roles: ['proposer'] },
  { path: '/my/invitations', label: 'invitations', roles: ['proposer'] },
  { path: '/review', label: 'reviewQueue', roles: ['staff'] },
  { path: '/proposals', label: 'allProposals', roles: ['staff', 'leader', 'admin'] },
  { path: '/overdue', label: 'overdue', roles: ['staff', 'leader'] },
  { path: '/unit', label: 'unitInbox', roles: ['unit_clerk', 'unit_leader'] },
  { path: '/dashboard', label: 'dashboard', roles: ['staff', 'leader', 'admin'] },
];

export const homeFor = (role: Role) => PAGES.find((p) => p.roles.includes(role))?.path ?? '/';
