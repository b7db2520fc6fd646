import type { FormInstance } from 'antd';
import { ApiError, errorText } from '../api/client';
import type { Lang } from '../i18n';

type NamePath = string | (string | number)[];

/**
 * Maps an API field ("title", "units.0.unitId", "userIds.2") to the form's field; undefined when
 * the form has no such field. The default keeps the name up to the first dot.
 */
export type FieldMapper = (apiField: string) => NamePath | undefined;

const defaultMapper: FieldMapper = (f) => f.split('.')[0];

/**
 * Puts the API's field errors next to the form's fields (the server validates; the form shows it
 * in place, in the interface's language). Returns a sentence for whatever belongs to no field, or
 * undefined when every error found its field.
 */
export function applyApiErrors(
  form: FormInstance,
  err: unknown,
  lang: Lang,
  mapField: FieldMapper = defaultMapper,
): string | undefined {
  if (!(err instanceof ApiError) || err.fields.length === 0) {
    return errorText(err, lang);
  }
  const registered = new Set(
    form.getFieldsError().map((f) => JSON.stringify(f.name.length === 1 ? f.name[0] : f.name)),
  );
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  let unplaced = false;
  for (const f of err.fields) {
    const name = mapField(f.field);
    const key =
      name === undefined
        ? undefined
        : JSON.stringify(Array.isArray(name) && name.length === 1 ? name[0] : name);
    if (name === undefined || key === undefined || !registered.has(key)) {
      unplaced = true;
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(lang === 'zh' ? f.messageZh : f.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map((e) => ({ name: e.name, errors: e.errors })));
  if (byField.size > 0) {
    const first = [...byField.values()][0]!.name;
    form.scrollToField(first, { block: 'center' });
  }
  return unplaced || byField.size === 0 ? errorText(err, lang) : undefined;
}
