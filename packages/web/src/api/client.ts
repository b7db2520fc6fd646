import type { ApiErrorBody, FieldError } from '@jianyan/shared';
import type { Lang } from '../i18n';

export const API = '/api/v1';

/** A refusal of the API, with the field errors a form shows next to its fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly allowedActions: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  text(lang: Lang): string {
    return lang === 'zh' ? this.messageZh : this.message;
  }
}

/** Any error as a sentence in the interface's language. */
export function errorText(err: unknown, lang: Lang): string {
  if (err instanceof ApiError) {
    if (err.status === 412) {
      return lang === 'zh'
        ? '已被他人修改，页面已刷新为最新内容，请核对后重试'
        : 'Someone else changed it; the page now shows the latest version, check and try again';
    }
    return err.text(lang);
  }
  return lang === 'zh' ? '网络异常，请稍后重试' : 'Network error, please try again';
}

// The CSRF token of the session: every write made with the session cookie must carry it. Kept in
// memory and in sessionStorage (this tab only); GET /auth/session returns it again after a reload.
const CSRF_KEY = 'jianyan.csrf';
let csrfToken: string | undefined = (() => {
  try {
    return sessionStorage.getItem(CSRF_KEY) ?? undefined;
  } catch {
    return undefined;
  }
})();

export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
  try {
    if (token) {
      sessionStorage.setItem(CSRF_KEY, token);
    } else {
      sessionStorage.removeItem(CSRF_KEY);
    }
  } catch {
    // sessionStorage unavailable: memory only.
  }
}

/** Called when the API says the session is gone (401), so the app can send the user to log in. */
const unauthenticatedListeners = new Set<() => void>();
export function onUnauthenticated(f: () => void) {
  unauthenticatedListeners.add(f);
  return () => {
    unauthenticatedListeners.delete(f);
  };
}

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

/** A query string; arrays repeat their key (state=a&state=b), empty values are left out. */
export function queryString(query: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') {
      continue;
    }
    if (Array.isArray(v)) {
      (v as readonly string[]).forEach((x) => p.append(k, x));
    } else {
      p.set(k, String(v));
    }
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  /** The version the user saw, sent as If-Match (the API answers 412 when it changed). */
  ifMatch?: number;
  headers?: Record<string, string>;
}

/** Calls the API with the session cookie, and the CSRF token on every write. */
export async function request<T>(
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<T> {
  const isForm = opts.body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined && !isForm) {
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }
  if (opts.ifMatch !== undefined) {
    headers['if-match'] = `"${opts.ifMatch}"`;
  }
  const res = await fetch(`${API}${path}${queryString(opts.query)}`, {
    method,
    credentials: 'include',
    headers,
    body:
      opts.body === undefined
        ? undefined
        : isForm
          ? (opts.body as FormData)
          : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const e = (data as ApiErrorBody | undefined)?.error;
    if (res.status === 401 && !path.startsWith('/auth/')) {
      unauthenticatedListeners.forEach((f) => f());
    }
    throw new ApiError(
      res.status,
      e?.code ?? 'http_error',
      e?.messageZh ?? `请求失败（${res.status}）`,
      e?.message ?? `Request failed (${res.status})`,
      e?.fields ?? [],
      e?.allowedActions ?? [],
    );
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body: unknown = {}, opts: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('PATCH', path, { ...opts, body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** The address of a file download (attachments, Excel exports): the browser sends the cookie. */
export const downloadUrl = (path: string, query?: Query) => `${API}${path}${queryString(query)}`;
