import { z } from 'zod';
import {
  areaOfCategoryName,
  type RoutingHistoryItem,
  type RoutingSuggestion,
} from './routing-types.js';

/**
 * The `jianyan route` file formats (see docs/routing.md): UNITS.txt, HISTORY.jsonl, IN.jsonl and
 * OUT.jsonl. Parsing fails with the line number and the field, in Chinese and English.
 */
const inputLine = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.string().trim().min(1),
  summary: z.string().optional(),
});

const historyLine = z.object({
  title: z.string().trim().min(1),
  summary: z.string().optional(),
  category: z.string().optional(),
  lead_unit: z.string().optional(),
});

export type RouteInputLine = z.infer<typeof inputLine>;

export class RoutingFileError extends Error {}

function parseJsonl<T>(text: string, schema: z.ZodType<T>, file: string): T[] {
  const out: T[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) {
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new RoutingFileError(
        `${file} 第${i + 1}行不是有效的 JSON / ${file} line ${i + 1} is not valid JSON`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || '(line)';
      throw new RoutingFileError(
        `${file} 第${i + 1}行字段 ${field} 无效：${issue.message} / ${file} line ${i + 1}: field ${field} is invalid: ${issue.message}`,
      );
    }
    out.push(parsed.data);
  });
  return out;
}

export const parseRouteInput = (text: string, file = 'IN') => parseJsonl(text, inputLine, file);

export function parseHistory(text: string, file = 'HISTORY'): RoutingHistoryItem[] {
  return parseJsonl(text, historyLine, file).map((h) => ({
    title: h.title,
    summary: h.summary,
    area: h.category ? areaOfCategoryName(h.category) : undefined,
    leadUnit: h.lead_unit?.trim() || undefined,
  }));
}

/** One unit per line; blank lines and duplicates ignored. */
export function parseUnits(text: string): string[] {
  const units = [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
  if (units.length === 0) {
    throw new RoutingFileError('单位清单为空 / the units file lists no unit');
  }
  return units;
}

/** The OUT.jsonl line for one input: all five categories and the ten best units. */
export function routeOutputLine(id: string | number, s: RoutingSuggestion, units = 10) {
  return JSON.stringify({
    id,
    categories: s.categories.map((c) => ({ name: c.name, score: c.score })),
    units: s.units.slice(0, Math.max(units, 5)).map((u) => ({ name: u.name, score: u.score })),
  });
}
