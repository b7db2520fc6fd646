import type { z } from 'zod';
import { issueMessages } from '@jianyan/server/http/validation-errors.js';

/** Validates CLI input with the API's own schema, so the CLI refuses exactly what the API refuses. */
export function parseOrExit<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  const lines = result.error.issues.map((i) => {
    const m = issueMessages(i);
    return `  ${i.path.join('.') || 'input'}: ${m.zh} / ${m.en}`;
  });
  throw new Error(`输入有误 / invalid input:\n${lines.join('\n')}`);
}
