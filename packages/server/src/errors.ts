import type { ApiErrorBody, FieldError } from '@jianyan/shared';

/**
 * A refusal the caller can act on. Services throw these; the HTTP layer turns them into
 * `{ error: { code, message, messageZh, fields?, allowedActions? } }` with the given status.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    message: string,
    readonly extra: { fields?: FieldError[]; allowedActions?: string[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        messageZh: this.messageZh,
        ...this.extra,
      },
    };
  }
}

export const fieldError = (field: string, messageZh: string, message: string): FieldError => ({
  field,
  message,
  messageZh,
});

export const invalid = (fields: FieldError[]) =>
  new AppError(
    400,
    'validation_failed',
    `输入有误：${fields.map((f) => `${f.field}（${f.messageZh}）`).join('；')}`,
    `Invalid input: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}`,
    { fields },
  );

export const invalidField = (field: string, messageZh: string, message: string) =>
  invalid([fieldError(field, messageZh, message)]);

export const notFound = (what: string, whatZh: string) =>
  new AppError(404, 'not_found', `${whatZh}不存在或无权查看`, `${what} not found`);

export const forbidden = (messageZh: string, message: string) =>
  new AppError(403, 'forbidden', messageZh, message);

export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', '请先登录', 'Log in first');

export const conflict = (code: string, messageZh: string, message: string) =>
  new AppError(409, code, messageZh, message);
