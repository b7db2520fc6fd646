import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../context.js';
import { AppError } from '../errors.js';
import * as idempotency from './idempotency.queries.js';

/**
 * Runs a write on behalf of the caller and sends its result. With an `Idempotency-Key` header the
 * key, the change and the stored response commit in one transaction, so a retried request gets the
 * first response back and is never applied twice, even if the first one's connection was cut.
 */
export async function sendWrite<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  fn: (ctx: ServiceContext) => Promise<T>,
): Promise<FastifyReply> {
  const ctx = req.serviceContext();
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') {
    const result = await fn(ctx);
    return reply.code(status).send(result);
  }
  if (key.length > 200) {
    throw new AppError(
      400,
      'bad_idempotency_key',
      'Idempotency-Key 过长',
      'Idempotency-Key is too long',
    );
  }
  const requestHash = createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
  const { actor } = ctx;
  const outcome = await ctx.db.transaction(async (tx) => {
    const claimed = await idempotency.claimKey(tx, actor.bodyId, actor.userId, key, requestHash);
    if (!claimed) {
      const stored = await idempotency.findKey(tx, actor.bodyId, actor.userId, key);
      if (stored?.requestHash !== requestHash) {
        throw new AppError(
          422,
          'idempotency_key_reused',
          '同一 Idempotency-Key 已用于另一个请求',
          'This Idempotency-Key was already used for a different request',
        );
      }
      return { replayed: true, status: stored.statusCode ?? status, body: stored.response };
    }
    const body = await fn({ ...ctx, db: tx });
    // Round-trip through JSON so the stored copy is exactly what the client receives.
    const json: unknown = JSON.parse(JSON.stringify(body ?? null));
    await idempotency.storeResponse(tx, actor.bodyId, actor.userId, key, status, json);
    return { replayed: false, status, body: json };
  });
  if (outcome.replayed) {
    reply.header('Idempotent-Replayed', 'true');
  }
  return reply.code(outcome.status).send(outcome.body);
}
