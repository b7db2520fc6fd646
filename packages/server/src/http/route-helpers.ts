import type { FastifyRequest } from 'fastify';
import type { Role } from '@jianyan/shared';
import { AppError } from '../errors.js';

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
