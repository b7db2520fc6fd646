import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useSyncExternalStore } from 'react';
import { EN, type Phrase } from './en';

/**
 * Chinese first, English switchable. Every phrase of the interface is written in Chinese in the
 * code and looked up in the English dictionary (./en.ts) when English is chosen; the choice is
 * remembered in this browser (localStorage).
 */
export type Lang = 'zh' | 'en';
export type { Phrase };

const KEY = 'jianyan.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let lang: Lang = initialLang();
const listeners = new Set<() => void>();

function apply(l: Lang) {
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  dayjs.locale(l === 'zh' ? 'zh-cn' : 'en');
}
apply(lang);

export function setLang(l: Lang) {
  lang = l;
  try {
    localStorage.setItem(KEY, l);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  apply(l);
  listeners.forEach((f) => f());
}

export const currentLang = () => lang;

export function useLang(): Lang {
  return useSyncExternalStore(
    (f) => {
      listeners.add(f);
      return () => {
        listeners.delete(f);
      };
    },
    () => lang,
  );
}

export type Vars = Record<string, string | number>;

/** Fills {name} placeholders. */
const fill = (text: string, vars?: Vars) =>
  vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m)) : text;

export function translate(l: Lang, phrase: Phrase, vars?: Vars): string {
  return fill(l === 'zh' ? phrase : EN[phrase], vars);
}

/** `t('我的提案')` → 我的提案 or My proposals. */
export function useT() {
  const l = useLang();
  return useCallback((phrase: Phrase, vars?: Vars) => translate(l, phrase, vars), [l]);
}

/** Picks the current language from a { zh, en } label (the shared vocabularies use these). */
export function useLabel() {
  const l = useLang();
  return useCallback(
    (label: { zh: string; en: string } | undefined | null) => label?.[l] ?? '',
    [l],
  );
}
