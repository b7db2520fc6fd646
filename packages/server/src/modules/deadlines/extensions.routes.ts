import { z } from 'zod';
import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import { proposalIdParams } from '../proposals/proposal.schemas.js';
import { decideExtension, listExtensionRequests, requestExtension } from './extensions.service.js';

/** The new deadline as a day (what the form asks) or as months added (what older clients send). */
const extensionRequestBody = z
  .object({
    newDueDate: z.iso.date().optional(),
    months: z.number().int().min(1).max(11).optional(),
    reason: z.string().trim().min(1).max(2000),
  })
  .refine((b) => (b.newDueDate === undefined) !== (b.months === undefined), {
    path: ['newDueDate'],
    message:
      '请指定新的答复期限（日期）或延长的月数，二者选一 / give newDueDate or months, not both',
  });

export async function extensionsRoutes(app: App) {
  app.post(
    '/proposals/:proposalId/extensions',
    {
      config: { access: ['unit_clerk', 'unit_leader'] },
      schema: {
        tags: ['deadlines'],
        summary: '延期申请: ask for a later reply deadline (a day, or months added), with a reason',
        params: proposalIdParams,
        body: extensionRequestBody,
      },
    },
    async (req, reply) => {
      const { months, newDueDate, reason } = req.body;
      const input = newDueDate ? { newDueDate, reason } : { months: months!, reason };
      return sendWrite(req, reply, 201, (ctx) =>
        requestExtension(ctx, req.params.proposalId, input),
      );
    },
  );
  app.get(
    '/extensions',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags: ['deadlines'],
        summary:
          'Extension requests of the body (pending by default), oldest first, with each ceiling',
        querystring: z.object({
          state: z.enum(['pending', 'approved', 'refused', 'all']).default('pending'),
        }),
      },
    },
    async (req) => listExtensionRequests(req.serviceContext(), req.query.state),
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
