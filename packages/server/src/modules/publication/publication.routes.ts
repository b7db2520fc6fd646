import { z } from 'zod';
import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import { listPublicBodies } from '../admin/public-bodies.service.js';
import { proposalIdParams } from '../proposals/proposal.schemas.js';
import { queryTerms } from '../search/search-index.js';
import * as service from './publication.service.js';

const tags = ['public'];

export async function publicationRoutes(app: App) {
  app.post(
    '/proposals/:proposalId/publish',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: '公开: publish a closed proposal and its reply',
        params: proposalIdParams,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.publish(ctx, req.params.proposalId)),
  );
  app.get(
    '/public/proposals',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Published proposals with their replies, for anyone',
        querystring: z.object({
          body: z.string().max(50).optional(),
          session: z.string().max(50).optional(),
          area: z.enum(['economy', 'politics', 'culture', 'society', 'ecology']).optional(),
          q: z.string().max(100).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
      },
    },
    async (req) =>
      service.listPublic(req.baseContext(), {
        bodyCode: req.query.body,
        sessionCode: req.query.session,
        area: req.query.area,
        queryTokens: req.query.q ? queryTerms(req.query.q).join(' ') : undefined,
        page: req.query.page,
        pageSize: req.query.pageSize,
      }),
  );
  app.get(
    '/public/bodies/:bodyCode/proposals/:proposalId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One published proposal with its replies (stable address)',
        params: z.object({ bodyCode: z.string().max(50), proposalId: z.uuid() }),
      },
    },
    async (req) => service.getPublic(req.baseContext(), req.params.bodyCode, req.params.proposalId),
  );
  app.get(
    '/public/bodies/:bodyCode/feed.atom',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Atom feed of newly published replies',
        params: z.object({ bodyCode: z.string().max(50) }),
      },
    },
    async (req, reply) => {
      const baseUrl = `${req.protocol}://${req.host}`;
      reply.header('Content-Type', 'application/atom+xml; charset=utf-8');
      return service.publicFeed(req.baseContext(), req.params.bodyCode, baseUrl);
    },
  );
  app.get(
    '/public/bodies',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The bodies on this platform (for the login page and the portal)' },
    },
    async (req) => listPublicBodies(req.baseContext()),
  );
}
