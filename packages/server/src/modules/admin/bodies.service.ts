import { BODY_KINDS, BODY_LEVELS, CATEGORY_AREAS, CATEGORY_AREA_LABELS } from '@jianyan/shared';
import type { BaseContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import { invalidField } from '../../errors.js';
import { recordEvent } from '../events/events.queries.js';
import * as q from './bodies.queries.js';

/** Creates a body with the five areas as its top-level categories. */
export function createBody(
  ctx: BaseContext,
  input: { code: string; name: string; kind: string; level: string; region: string },
) {
  if (!BODY_KINDS.includes(input.kind as 'cppcc')) {
    throw invalidField('kind', '须为 cppcc 或 npc', 'must be cppcc or npc');
  }
  if (!BODY_LEVELS.includes(input.level as 'city')) {
    throw invalidField(
      'level',
      `须为 ${BODY_LEVELS.join('、')} 之一`,
      `must be one of ${BODY_LEVELS.join(', ')}`,
    );
  }
  if (!/^[a-z0-9-]{2,30}$/.test(input.code)) {
    throw invalidField(
      'code',
      '须为 2–30 位小写字母、数字或 -',
      'must be 2–30 lowercase letters, digits or -',
    );
  }
  return inTransaction(ctx, async (tx) => {
    if (await q.findBodyByCode(tx, input.code)) {
      throw invalidField('code', '机构代码已存在', 'body code already exists');
    }
    const body = await q.insertBody(tx, {
      code: input.code,
      name: input.name,
      kind: input.kind as 'cppcc',
      level: input.level as 'city',
      region: input.region,
    });
    for (const [i, area] of CATEGORY_AREAS.entries()) {
      await q.insertCategory(tx, {
        bodyId: body.bodyId,
        area,
        name: CATEGORY_AREA_LABELS[area].zh,
        sortOrder: i,
      });
    }
    await recordEvent(tx, {
      bodyId: body.bodyId,
      entity: 'body',
      entityId: body.bodyId,
      action: 'body_create',
      payload: { code: body.code },
      at: ctx.now(),
    });
    return body;
  });
}
