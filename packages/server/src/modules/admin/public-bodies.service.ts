import type { BaseContext } from '../../context.js';
import { listBodies } from './bodies.queries.js';

export const listPublicBodies = (ctx: BaseContext) => listBodies(ctx.db);
