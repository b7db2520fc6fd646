import { z } from 'zod';
import type { App } from '../../http/app.js';
import { ifMatch } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import { proposalIdParams } from '../proposals/proposal.schemas.js';
import * as schemas from './assignments.schemas.js';
import * as service from './assignments.service.js';

const tags = ['assignments'];
const units = ['unit_clerk', 'unit_leader'] as const;

export async function assignmentsRoutes(app: App) {
  app.post(
    '/proposals/:proposalId/assign',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: '交办 to lead, co-handling or separate units',
        params: proposalIdParams,
        body: schemas.assignBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.assign(ctx, req.params.proposalId, req.body.units, ifMatch(req)),
      ),
  );
  app.post(
    '/assignments/assign-many',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Assign many proposals to the same units (all or nothing)',
        body: schemas.assignBody.extend({ proposalIds: z.array(z.uuid()).min(1).max(200) }),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.assignMany(ctx, req.body.proposalIds, req.body.units),
      ),
  );
  app.post(
    '/proposals/:proposalId/objections',
    {
      config: { access: units },
      schema: {
        tags,
        summary: '异议: object to the assignment',
        params: proposalIdParams,
        body: schemas.objectBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) => service.object(ctx, req.params.proposalId, req.body)),
  );
  app.post(
    '/proposals/:proposalId/objections/:objectionId/resolve',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Uphold the assignment or re-route',
        params: schemas.resolveObjectionParams,
        body: schemas.resolveObjectionBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.resolveObjection(ctx, req.params.proposalId, req.params.objectionId, req.body),
      ),
  );
  app.get(
    '/objections',
    {
      config: { access: ['staff', 'admin', 'leader'] },
      schema: { tags, summary: 'Objections waiting for staff' },
    },
    async (req) => service.listOpenObjections(req.serviceContext()),
  );
  app.post(
    '/proposals/:proposalId/start',
    {
      config: { access: units },
      schema: { tags, summary: 'Start handling', params: proposalIdParams },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.start(ctx, req.params.proposalId)),
  );
  app.post(
    '/proposals/:proposalId/contacts',
    {
      config: { access: units },
      schema: {
        tags,
        summary: '沟通: record a contact with the proposer',
        params: proposalIdParams,
        body: schemas.contactBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) =>
        service.recordContact(ctx, req.params.proposalId, req.body),
      ),
  );
  app.post(
    '/proposals/:proposalId/co-unit-opinions',
    {
      config: { access: units },
      schema: {
        tags,
        summary: '会办意见 to the lead unit',
        params: proposalIdParams,
        body: schemas.opinionBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) =>
        service.submitCoUnitOpinion(ctx, req.params.proposalId, req.body.text),
      ),
  );
}
