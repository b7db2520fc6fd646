import { useSyncExternalStore } from 'react';

/** Chinese first; English switchable from the account menu, remembered in this browser. */
export type Lang = 'zh' | 'en';
const KEY = 'jianyan.lang';
let lang: Lang = (localStorage.getItem(KEY) as Lang | null) ?? 'zh';
const listeners = new Set<() => void>();

export function setLang(l: Lang) {
  lang = l;
  localStorage.setItem(KEY, l);
  listeners.forEach((f) => f());
}

export function useLang(): Lang {
  return useSyncExternalStore(
    (f) => {
      listeners.add(f);
      return () => listeners.delete(f);
    },
    () => lang,
  );
}

/** Picks the label of the current language from a { zh, en } pair. */
export function useLabel() {
  const l = useLang();
  return (label: { zh: string; en: string }) => label[l];
}

const WORDS = {
  appName: { zh: '建言 · 提案办理平台', en: 'Jianyan · Proposals' },
  myProposals: { zh: '我的提案', en: 'My proposals' },
  newProposal: { zh: '撰写提案', en: 'New proposal' },
  invitations: { zh: '联名邀请', en: 'Co-sign requests' },
  reviewQueue: { zh: '审查立案', en: 'Review queue' },
  allProposals: { zh: '全部提案', en: 'All proposals' },
  overdue: { zh: '逾期提醒', en: 'Overdue' },
  unitInbox: { zh: '承办提案', en: 'Assigned to us' },
  dashboard: { zh: '统计分析', en: 'Dashboard' },
  portal: { zh: '公开答复', en: 'Public replies' },
  logout: { zh: '退出登录', en: 'Log out' },
  changePassword: { zh: '修改密码', en: 'Change password' },
  language: { zh: 'English', en: '中文' },
  login: { zh: '登录', en: 'Log in' },
  body: { zh: '机构', en: 'Body' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  title: { zh: '标题', en: 'Title' },
  problem: { zh: '案由', en: 'Problem' },
  suggestions: { zh: '建议', en: 'Suggestions' },
  category: { zh: '类别', en: 'Category' },
  state: { zh: '状态', en: 'State' },
  number: { zh: '编号', en: 'No.' },
  proposer: { zh: '提案者', en: 'Proposer' },
  submittedAt: { zh: '提交时间', en: 'Submitted' },
  dueAt: { zh: '答复期限', en: 'Reply due' },
  save: { zh: '保存', en: 'Save' },
  search: { zh: '搜索', en: 'Search' },
  forbidden: { zh: '您的角色无权访问此页面', en: 'Your role may not open this page' },
  exportExcel: { zh: '导出Excel', en: 'Export to Excel' },
} as const;

export function useT() {
  const l = useLang();
  return (key: keyof typeof WORDS) => WORDS[key][l];
}
