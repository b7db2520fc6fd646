import { z } from 'zod';
import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import { proposalIdParams } from '../proposals/proposal.schemas.js';
import { decideExtension, requestExtension } from './extensions.service.js';

export async function extensionsRoutes(app: App) {
  app.post(
    '/proposals/:proposalId/extensions',
    {
      config: { access: ['unit_clerk', 'unit_leader'] },
      schema: {
        tags: ['deadlines'],
        summary: '延期申请: ask for more months to reply, with a reason',
        params: proposalIdParams,
        body: z.object({
          months: z.number().int().min(1).max(3),
          reason: z.string().trim().min(1).max(2000),
        }),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) => requestExtension(ctx, req.params.proposalId, req.body)),
  );
  app.post(
    '/proposals/:proposalId/extensions/:extensionId/decide',
    {
      config: { access: ['staff'] },
      schema: {
        tags: ['deadlines'],
        summary: 'Approve or refuse an extension',
        params: z.object({ proposalId: z.uuid(), extensionId: z.uuid() }),
        body: z.object({ approve: z.boolean(), note: z.string().max(2000).optional() }),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        decideExtension(ctx, req.params.proposalId, req.params.extensionId, req.body),
      ),
  );
}
