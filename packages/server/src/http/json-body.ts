import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../errors.js';

/** Deeper than any form of ours; a guard against bodies built to exhaust the stack. */
const MAX_DEPTH = 32;
/** C0 control characters other than tab, line feed and carriage return: never typed text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

type Done = (err: Error | null, body?: unknown) => void;
/** Fastify's own parser: it answers through `done` (its return value means nothing). */
type JsonParser = (req: FastifyRequest, body: string, done: Done) => unknown;

/** The first problem in a parsed body: too deep, or a string PostgreSQL or a document cannot hold. */
function check(value: unknown, path: string[], depth: number): AppError | undefined {
  if (depth > MAX_DEPTH) {
    return invalidField(path.join('.') || 'body', '嵌套层次过深', 'nested too deeply');
  }
  if (typeof value === 'string') {
    return CONTROL.test(value)
      ? invalidField(
          path.join('.') || 'body',
          '含有不可见的控制字符',
          'contains control characters (NUL and the like)',
        )
      : undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = check(item, [...path, key], depth + 1);
      if (problem) {
        return problem;
      }
    }
  }
  return undefined;
}

/**
 * Fastify's JSON parser (which refuses __proto__ and constructor.prototype keys) behind two checks:
 * the bytes must be valid UTF-8, since otherwise they would be stored as U+FFFD without a word, and
 * no string may hold NUL or other control characters, which PostgreSQL rejects with a server error
 * and which break the XML of the generated documents.
 */
export function strictJsonParser(defaultParser: JsonParser) {
  return (req: FastifyRequest, body: Buffer, done: Done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(
        new AppError(
          400,
          'invalid_utf8',
          '请求内容不是有效的 UTF-8 编码',
          'The request body is not valid UTF-8',
        ),
      );
      return;
    }
    defaultParser(req, text, (err, value) => {
      if (err) {
        done(err);
        return;
      }
      const problem = check(value, [], 0);
      if (problem) {
        done(problem);
        return;
      }
      done(null, value);
    });
  };
}
