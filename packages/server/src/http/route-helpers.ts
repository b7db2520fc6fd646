import type { FastifyRequest } from 'fastify';
import type { Role } from '@jianyan/shared';
import { AppError, invalidField } from '../errors.js';

/**
 * Who may call a route, declared on every route (`config: { access }`). The service still checks
 * the caller's relation to the record; this is the coarse gate, and the permission tests are
 * generated from it.
 */
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** The version in `If-Match` ("3", W/"3" or 3), if the caller sent one. */
export function ifMatch(req: FastifyRequest): number | undefined {
  const raw = req.headers['if-match'];
  if (raw === undefined) {
    return undefined;
  }
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(String(raw).trim());
  if (!m) {
    throw new AppError(
      400,
      'bad_if_match',
      'If-Match 须为版本号',
      'If-Match must be a version number',
      {
        fields: [
          { field: 'If-Match', message: 'must be a version number', messageZh: '须为版本号' },
        ],
      },
    );
  }
  return Number(m[1]);
}

/** Edits must say which version they change. */
export function requireIfMatch(req: FastifyRequest): number {
  const v = ifMatch(req);
  if (v === undefined) {
    throw new AppError(
      428,
      'version_required',
      '修改须带上 If-Match 版本号',
      'Edits need an If-Match header with the version you saw',
    );
  }
  return v;
}

export const etag = (version: number) => `"${version}"`;

/**
 * The one uploaded file (multipart field "file") with its bytes. A truncated or malformed upload
 * is the sender's fault: 400, not the parser's error as a 500.
 */
export async function uploadedFile(
  req: FastifyRequest,
  missingZh: string,
): Promise<{ filename: string; content: Buffer }> {
  try {
    const file = await req.file();
    if (file) {
      return { filename: file.filename, content: await file.toBuffer() };
    }
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    if (err instanceof AppError || (status && status < 500)) {
      throw err; // too large (413), not multipart (406)
    }
    throw invalidField(
      'file',
      '上传内容不完整或格式有误',
      `the upload is malformed (${(err as Error).message.slice(0, 200)})`,
    );
  }
  throw invalidField('file', missingZh, 'send the file in a multipart field named "file"');
}
