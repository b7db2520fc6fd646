import { z } from 'zod';
import type { App } from '../../http/app.js';
import { uploadedFile } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import { proposalIdParams } from '../proposals/proposal.schemas.js';
import * as service from './attachments.service.js';

const tags = ['attachments'];
const attachmentParams = z.object({ proposalId: z.uuid(), attachmentId: z.uuid() });

export async function attachmentsRoutes(app: App) {
  app.post(
    '/proposals/:proposalId/attachments',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: 'Attach a file to a draft (multipart field "file")',
        params: proposalIdParams,
      },
    },
    async (req, reply) => {
      const file = await uploadedFile(req, '请选择要上传的文件');
      return sendWrite(req, reply, 201, (ctx) =>
        service.addAttachment(ctx, req.params.proposalId, file),
      );
    },
  );
  app.get(
    '/proposals/:proposalId/attachments/:attachmentId',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Download an attachment', params: attachmentParams },
    },
    async (req, reply) => {
      const file = await service.readAttachment(
        req.serviceContext(),
        req.params.proposalId,
        req.params.attachmentId,
      );
      reply.header('Content-Type', file.mimeType);
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      );
      return reply.send(file.content);
    },
  );
  app.delete(
    '/proposals/:proposalId/attachments/:attachmentId',
    {
      config: { access: ['proposer'] },
      schema: { tags, summary: 'Remove an attachment from a draft', params: attachmentParams },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, async (ctx) => {
        await service.removeAttachment(ctx, req.params.proposalId, req.params.attachmentId);
        return { ok: true };
      }),
  );
}
