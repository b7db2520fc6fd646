import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';
import type { Lang } from '../../i18n';

/**
 * Puts the API's field errors next to the form's fields (the server validates; the form shows it).
 * Returns the message for errors that belong to no field.
 */
export function showApiErrors(form: FormInstance, err: unknown, lang: Lang): string | undefined {
  if (!(err instanceof ApiError)) {
    return String(err);
  }
  const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
  const onFields = err.fields.filter((f) => known.has(f.field.split('.')[0]!));
  form.setFields(
    onFields.map((f) => ({
      name: f.field.split('.')[0]!,
      errors: [lang === 'zh' ? f.messageZh : f.message],
    })),
  );
  return onFields.length === err.fields.length && onFields.length > 0
    ? undefined
    : lang === 'zh'
      ? err.messageZh
      : err.message;
}
