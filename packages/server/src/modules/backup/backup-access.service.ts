import type { ServiceContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import { backup } from './backup.service.js';

/** An administrator downloads their own body's data, never another body's. */
export function bodyBackup(ctx: ServiceContext) {
  if (ctx.actor.role !== 'admin') {
    throw forbidden('只有系统管理员可以备份', 'Only an administrator may back up');
  }
  return backup(ctx.db, { bodyId: ctx.actor.bodyId });
}
