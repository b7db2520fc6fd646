import type { Role } from '@jianyan/shared';
import type { Phrase } from '../i18n';

export type MenuIcon =
  | 'file'
  | 'edit'
  | 'team'
  | 'audit'
  | 'send'
  | 'warning'
  | 'clock'
  | 'extension'
  | 'database'
  | 'inbox'
  | 'chart'
  | 'star'
  | 'bank'
  | 'calendar'
  | 'apartment'
  | 'user'
  | 'tags'
  | 'search'
  | 'sound'
  | 'idcard'
  | 'aim'
  | 'flag';

export interface PageDef {
  path: string;
  roles: readonly Role[];
  label: Phrase;
  icon: MenuIcon;
  /** Menu group heading. */
  group?: Phrase;
}

/**
 * The pages of each role. The side menu shows exactly the pages of the user's role, and the router
 * refuses the others even when their address is typed (the server refuses their data anyway).
 */
export const PAGES: readonly PageDef[] = [
  { path: '/my', roles: ['proposer'], label: '我的提案', icon: 'file' },
  { path: '/my/new', roles: ['proposer'], label: '撰写提案', icon: 'edit' },
  { path: '/my/invitations', roles: ['proposer'], label: '联名邀请', icon: 'team' },
  { path: '/speeches/mine', roles: ['proposer'], label: '我的大会发言', icon: 'sound' },
  { path: '/my/duty', roles: ['proposer'], label: '我的履职', icon: 'idcard' },
  { path: '/targets', roles: ['proposer'], label: '目标任务跟踪', icon: 'aim' },

  { path: '/review', roles: ['staff'], label: '审查立案', icon: 'audit', group: '提案审查' },
  { path: '/assign', roles: ['staff'], label: '交办', icon: 'send', group: '提案审查' },
  { path: '/objections', roles: ['staff'], label: '异议处理', icon: 'warning', group: '提案审查' },
  {
    path: '/extensions',
    roles: ['staff', 'leader'],
    label: '延期审批',
    icon: 'extension',
    group: '提案审查',
  },
  { path: '/speeches', roles: ['staff'], label: '大会发言', icon: 'sound' },

  { path: '/unit', roles: ['unit_clerk', 'unit_leader'], label: '承办提案', icon: 'inbox' },
  { path: '/unit/targets', roles: ['unit_clerk', 'unit_leader'], label: '目标任务', icon: 'aim' },
  {
    path: '/unit/supervision',
    roles: ['unit_clerk', 'unit_leader'],
    label: '督办事项',
    icon: 'flag',
  },

  { path: '/admin/body', roles: ['admin'], label: '机构设置', icon: 'bank', group: '系统管理' },
  {
    path: '/admin/sessions',
    roles: ['admin'],
    label: '会议与截止时间',
    icon: 'calendar',
    group: '系统管理',
  },
  {
    path: '/admin/calendar',
    roles: ['admin'],
    label: '工作日历',
    icon: 'calendar',
    group: '系统管理',
  },
  {
    // Staff run supervision day to day, so they may change its rules too (the server agrees).
    path: '/admin/supervision-profiles',
    roles: ['admin', 'staff'],
    label: '督办规则',
    icon: 'flag',
    group: '系统管理',
  },
  {
    path: '/admin/units',
    roles: ['admin'],
    label: '承办单位',
    icon: 'apartment',
    group: '系统管理',
  },
  { path: '/admin/users', roles: ['admin'], label: '用户与角色', icon: 'user', group: '系统管理' },
  {
    path: '/admin/categories',
    roles: ['admin'],
    label: '提案类别',
    icon: 'tags',
    group: '系统管理',
  },
  {
    path: '/admin/dictionary',
    roles: ['admin'],
    label: '检索词典',
    icon: 'search',
    group: '系统管理',
  },

  {
    path: '/dashboard',
    roles: ['leader', 'staff', 'admin'],
    label: '统计分析',
    icon: 'chart',
    group: '督查督办',
  },
  {
    path: '/reports',
    roles: ['leader', 'staff', 'admin'],
    label: '报告',
    icon: 'file',
    group: '督查督办',
  },
  {
    path: '/key',
    roles: ['leader', 'staff'],
    label: '重点提案督办',
    icon: 'star',
    group: '督查督办',
  },
  {
    path: '/supervision',
    roles: ['staff', 'leader'],
    label: '督办事项',
    icon: 'flag',
    group: '督查督办',
  },
  {
    path: '/overdue',
    roles: ['staff', 'leader'],
    label: '逾期提醒',
    icon: 'clock',
    group: '督查督办',
  },
  {
    path: '/targets/review',
    roles: ['staff', 'leader'],
    label: '政府工作报告目标',
    icon: 'aim',
    group: '督查督办',
  },
  {
    path: '/search',
    roles: ['proposer', 'staff', 'leader', 'unit_clerk', 'unit_leader'],
    label: '全文检索',
    icon: 'search',
  },
  {
    path: '/proposals',
    roles: ['staff', 'leader', 'admin'],
    label: '全部提案',
    icon: 'database',
    group: '督查督办',
  },
  {
    path: '/duty',
    roles: ['staff', 'leader', 'admin'],
    label: '履职档案',
    icon: 'idcard',
    group: '委员履职',
  },
];

export const pagesOf = (role: Role) => PAGES.filter((p) => p.roles.includes(role));

const HOME: Record<Role, string> = {
  proposer: '/my',
  staff: '/review',
  unit_clerk: '/unit',
  unit_leader: '/unit',
  leader: '/dashboard',
  admin: '/admin/users',
};

export const homeFor = (role: Role) => HOME[role];

export const rolesOf = (path: string): readonly Role[] =>
  PAGES.find((p) => p.path === path)?.roles ?? [];
