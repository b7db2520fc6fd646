import { z } from 'zod';
import type { FieldError } from '@jianyan/shared';

const en = z.locales.en();
const zh = z.locales.zhCN();

interface FastifyValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns zod issues (as Fastify reports them) into field errors in English and Chinese. */
export function toFieldErrors(items: FastifyValidationItem[], context?: string): FieldError[] {
  return items.map((item) => {
    const path = item.instancePath.split('/').filter(Boolean);
    const issue = {
      ...(item.params ?? {}),
      code: item.keyword,
      path,
      message: item.message,
    } as Parameters<typeof en.localeError>[0];
    // A field left out entirely: say so plainly rather than "expected string, received undefined".
    const field = path.length ? path.join('.') : (context ?? 'body');
    const generic = en.localeError(issue) as string | undefined;
    if (item.keyword === 'invalid_type' && generic?.endsWith('received undefined')) {
      return { field, message: 'is required', messageZh: '必填' };
    }
    const custom = item.keyword === 'custom' && item.message;
    const messageEn = custom
      ? item.message!
      : ((en.localeError(issue) as string | undefined) ?? item.message ?? 'invalid');
    const messageZh = custom
      ? item.message!
      : ((zh.localeError(issue) as string | undefined) ?? messageEn);
    return {
      field: path.length ? path.join('.') : (context ?? 'body'),
      message: messageEn,
      messageZh,
    };
  });
}

/** English and Chinese messages for one zod issue (as the CLI reports them). */
export function issueMessages(issue: z.core.$ZodIssue): { en: string; zh: string } {
  const custom = issue.code === 'custom';
  return {
    en: custom
      ? issue.message
      : ((en.localeError(issue as never) as string | undefined) ?? issue.message),
    zh: custom
      ? issue.message
      : ((zh.localeError(issue as never) as string | undefined) ?? issue.message),
  };
}
