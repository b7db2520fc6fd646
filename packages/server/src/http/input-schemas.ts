import { z } from 'zod';

/**
 * A moment sent as an ISO 8601 string (with Z or an offset; a bare date means its midnight UTC).
 * Not `z.coerce.date()`, which takes `true` or `12345` for a date without a word.
 */
export const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((s) => new Date(s));
