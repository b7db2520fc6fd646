import { z } from 'zod';
import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import * as schemas from './admin.schemas.js';
import * as service from './admin.service.js';

const tags = ['administration'];
const admin = { access: ['admin'] } as const;

export async function adminRoutes(app: App) {
  app.get(
    '/body',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'The caller’s body and its settings' },
    },
    async (req) => service.getBody(req.serviceContext()),
  );
  app.patch(
    '/body/settings',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Change the body’s rules (reply classes, deadlines)',
        body: schemas.bodySettingsBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.updateSettings(ctx, req.body)),
  );
  app.get(
    '/sessions',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Sessions of the body' } },
    async (req) => service.listSessions(req.serviceContext()),
  );
  app.post(
    '/sessions',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Create a session with its submission deadline',
        body: schemas.sessionBody,
      },
    },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => service.addSession(ctx, req.body)),
  );
  app.get(
    '/categories',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Categories (the five areas and sub-categories)' },
    },
    async (req) => service.listCategories(req.serviceContext()),
  );
  app.post(
    '/categories',
    { config: admin, schema: { tags, summary: 'Add a category', body: schemas.categoryBody } },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => service.addCategory(ctx, req.body)),
  );
  app.get(
    '/units',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Handling units' } },
    async (req) => service.listUnits(req.serviceContext()),
  );
  app.post(
    '/units',
    { config: admin, schema: { tags, summary: 'Add a handling unit', body: schemas.unitBody } },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => service.addUnit(ctx, req.body)),
  );
  app.get(
    '/users',
    {
      config: { access: ['admin', 'staff', 'proposer'] },
      schema: {
        tags,
        summary: 'Users (proposers see other proposers only, to invite co-signers)',
        querystring: z.object({
          role: z.string().max(20).optional(),
          q: z.string().max(50).optional(),
        }),
      },
    },
    async (req) => service.listUsers(req.serviceContext(), req.query),
  );
  app.post(
    '/users',
    { config: admin, schema: { tags, summary: 'Create an account', body: schemas.userBody } },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => service.addUser(ctx, req.body)),
  );
  app.patch(
    '/users/:userId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Deactivate, rename or reset the password of an account',
        params: z.object({ userId: z.uuid() }),
        body: schemas.userPatchBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.updateUser(ctx, req.params.userId, req.body)),
  );
}
