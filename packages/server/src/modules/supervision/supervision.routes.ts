import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import { noteBody, proposalIdParams } from '../proposals/proposal.schemas.js';
import * as schemas from './supervision.schemas.js';
import * as service from './supervision.service.js';

const tags = ['supervision'];
const managers = ['staff', 'leader'] as const;
/** Members (proposers) and administrators see nothing of supervised items. */
const workers = ['staff', 'leader', 'unit_clerk', 'unit_leader'] as const;

export async function supervisionRoutes(app: App) {
  app.get(
    '/supervision/options',
    {
      config: { access: ['staff', 'leader', 'admin'] },
      schema: {
        tags,
        summary: 'The body’s supervision profiles (13710 by default), its leaders and its units',
      },
    },
    async (req) => service.options(req.serviceContext()),
  );
  app.put(
    '/supervision/profiles',
    {
      config: { access: ['admin', 'staff'] },
      schema: {
        tags,
        summary: 'Replace the body’s supervision profiles (items already assigned keep their rule)',
        body: schemas.profilesBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.saveProfiles(ctx, req.body.profiles)),
  );
  app.get(
    '/supervision/items',
    {
      config: { access: workers },
      schema: {
        tags,
        summary: '督办事项: the body’s supervised items (a unit: its own), with stage deadlines',
        querystring: schemas.listQuery,
      },
    },
    async (req) => service.listItems(req.serviceContext(), req.query),
  );
  app.post(
    '/supervision/items',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Assign a supervised task to units under a profile',
        body: schemas.taskBody,
      },
    },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => service.createTask(ctx, req.body)),
  );
  app.get(
    '/supervision/items/:itemId',
    {
      config: { access: workers },
      schema: {
        tags,
        summary: 'A supervised item with its stages, history and (for managers) notes',
        params: schemas.itemIdParams,
      },
    },
    async (req) => service.getItem(req.serviceContext(), req.params.itemId),
  );
  app.put(
    '/supervision/items/:itemId/leader',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Name (or clear) the supervising leader (督办领导)',
        params: schemas.itemIdParams,
        body: schemas.leaderBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.setLeader(ctx, req.params.itemId, req.body.leaderUserId),
      ),
  );
  app.post(
    '/supervision/items/:itemId/notes',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Add a supervision note (on a key proposal’s item: the proposal’s note)',
        params: schemas.itemIdParams,
        body: noteBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) => service.addNote(ctx, req.params.itemId, req.body.text)),
  );
  app.post(
    '/supervision/items/:itemId/stages',
    {
      config: { access: ['unit_clerk', 'unit_leader'] },
      schema: {
        tags,
        summary: 'The unit reports a stage: deployed, progress, timetable (major matters), settled',
        params: schemas.itemIdParams,
        body: schemas.stageBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.recordStage(ctx, req.params.itemId, req.body)),
  );
  app.post(
    '/supervision/items/:itemId/rating',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Rate a settled item (优秀/良好/合格/不合格); a failed one may be returned',
        params: schemas.itemIdParams,
        body: schemas.ratingBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.rateItem(ctx, req.params.itemId, req.body)),
  );
  app.post(
    '/proposals/:proposalId/supervision',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Supervise a key proposal in handling under a profile',
        params: proposalIdParams,
        body: schemas.superviseBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) =>
        service.superviseProposal(ctx, req.params.proposalId, req.body),
      ),
  );
  app.get(
    '/supervision/metrics',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: '交办事项办结率: open and closed items and the on-time rate per profile',
      },
    },
    async (req) => service.metrics(req.serviceContext()),
  );
}
