import { z } from 'zod';
import { PROPOSAL_STATES, STATE_LABELS, TRANSITIONS } from '@jianyan/shared';
import type { App } from '../../http/app.js';
import { etag, ifMatch, requireIfMatch } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import * as schemas from './proposal.schemas.js';
import * as service from './proposals.service.js';

const tags = ['proposals'];

export async function proposalsRoutes(app: App) {
  app.get(
    '/lifecycle',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The proposal lifecycle table (states, transitions, who may act)' },
    },
    async () => ({
      states: PROPOSAL_STATES.map((s) => ({ state: s, label: STATE_LABELS[s] })),
      transitions: TRANSITIONS,
    }),
  );

  app.get(
    '/proposals',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Proposals the caller may see, filtered and paginated',
        querystring: schemas.listQuery,
      },
    },
    async (req) => service.listProposals(req.serviceContext(), req.query),
  );

  app.post(
    '/proposals',
    {
      config: {
        access: ['proposer'],
        rateLimit: {
          max: (req) => req.baseContext().config.draftRateLimitPerMinute,
          timeWindow: 60_000,
          keyGenerator: (req) => req.actor?.userId ?? req.ip,
        },
      },
      schema: { tags, summary: 'Start a draft', body: schemas.createDraftBody },
    },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => service.createDraft(ctx, req.body)),
  );

  app.get(
    '/proposals/:proposalId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'A proposal with everything the caller may read of it',
        params: schemas.proposalIdParams,
      },
    },
    async (req, reply) => {
      const detail = await service.getProposal(req.serviceContext(), req.params.proposalId);
      reply.header('ETag', etag(detail.version));
      return detail;
    },
  );

  app.patch(
    '/proposals/:proposalId',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: 'Edit a draft (If-Match: the version you saw)',
        params: schemas.proposalIdParams,
        body: schemas.updateDraftBody,
      },
    },
    async (req, reply) => {
      const version = requireIfMatch(req);
      return sendWrite(req, reply, 200, (ctx) =>
        service.updateDraft(ctx, req.params.proposalId, version, req.body),
      );
    },
  );

  app.post(
    '/proposals/:proposalId/cosigners',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: 'Invite co-signers',
        params: schemas.proposalIdParams,
        body: schemas.inviteBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.inviteCosigners(ctx, req.params.proposalId, req.body.userIds),
      ),
  );

  app.post(
    '/proposals/:proposalId/cosign',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: 'Confirm or decline a co-signing invitation',
        params: schemas.proposalIdParams,
        body: schemas.respondBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.respondToInvitation(ctx, req.params.proposalId, req.body.accept),
      ),
  );

  app.get(
    '/cosign-invitations',
    {
      config: { access: ['proposer'] },
      schema: { tags, summary: 'My pending co-signing invitations' },
    },
    async (req) => service.listInvitations(req.serviceContext()),
  );

  app.post(
    '/proposals/:proposalId/submit',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: 'Submit a draft (interim after the session deadline); answers with a receipt',
        params: schemas.proposalIdParams,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, async (ctx) => {
        const receipt = await service.submit(ctx, req.params.proposalId, ifMatch(req));
        reply.header('ETag', etag(receipt.version));
        return receipt;
      }),
  );

  app.post(
    '/proposals/:proposalId/withdraw',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: 'Withdraw a submitted proposal before registration',
        params: schemas.proposalIdParams,
        body: z.object({ reason: z.string().max(2000).optional() }).optional(),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.withdraw(ctx, req.params.proposalId, req.body?.reason, ifMatch(req)),
      ),
  );

  app.get(
    '/proposals/:proposalId/events',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The proposal’s event log (timeline)',
        params: schemas.proposalIdParams,
      },
    },
    async (req) => service.timeline(req.serviceContext(), req.params.proposalId),
  );

  app.post(
    '/proposals/:proposalId/supervision-notes',
    {
      config: { access: ['leader', 'staff'] },
      schema: {
        tags,
        summary: 'Add a supervision note',
        params: schemas.proposalIdParams,
        body: schemas.noteBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) =>
        service.addSupervisionNote(ctx, req.params.proposalId, req.body.text),
      ),
  );
}
