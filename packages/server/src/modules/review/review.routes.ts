import type { App } from '../../http/app.js';
import { ifMatch } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import { proposalIdParams } from '../proposals/proposal.schemas.js';
import * as schemas from './review.schemas.js';
import * as service from './review.service.js';

const tags = ['review'];
const staff = { access: ['staff'] } as const;

export async function reviewRoutes(app: App) {
  app.post(
    '/proposals/:proposalId/register',
    {
      config: staff,
      schema: {
        tags,
        summary: '立案: register with a number and category',
        params: proposalIdParams,
        body: schemas.registerBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.register(ctx, req.params.proposalId, req.body, ifMatch(req)),
      ),
  );
  app.post(
    '/proposals/:proposalId/reject',
    {
      config: staff,
      schema: {
        tags,
        summary: '不予立案 with a reason',
        params: proposalIdParams,
        body: schemas.rejectBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.reject(ctx, req.params.proposalId, req.body, ifMatch(req)),
      ),
  );
  app.post(
    '/proposals/:proposalId/return',
    {
      config: staff,
      schema: {
        tags,
        summary: '退回修改 with comments',
        params: proposalIdParams,
        body: schemas.returnBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.returnForRevision(ctx, req.params.proposalId, req.body.comment, ifMatch(req)),
      ),
  );
  app.post(
    '/proposals/:proposalId/merge',
    {
      config: staff,
      schema: {
        tags,
        summary: '并案 into a registered proposal',
        params: proposalIdParams,
        body: schemas.mergeBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.merge(ctx, req.params.proposalId, req.body, ifMatch(req)),
      ),
  );
  app.post(
    '/review/register-many',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Register many proposals at once (all or nothing)',
        body: schemas.bulkRegisterBody,
      },
    },
    async (req, reply) => sendWrite(req, reply, 200, (ctx) => service.registerMany(ctx, req.body)),
  );
}
