import { z } from 'zod';
import type { App } from '../../http/app.js';
import { uploadedFile } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import { listQuery } from '../proposals/proposal.schemas.js';
import { importForStaff } from './imports.service.js';
import { exportList } from './list-export.js';

const tags = ['import and export'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function importsRoutes(app: App) {
  app.post(
    '/sessions/:sessionId/import',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Import proposals from CSV or XLSX (multipart field "file"), all or nothing',
        params: z.object({ sessionId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const file = await uploadedFile(req, '请选择要导入的文件');
      return sendWrite(req, reply, 200, (ctx) =>
        importForStaff(ctx, req.params.sessionId, file.filename, file.content),
      );
    },
  );

  app.get(
    '/proposals/export.xlsx',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The filtered list the caller sees, as Excel',
        querystring: listQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const content = await exportList(req.serviceContext(), req.query);
      reply.header('Content-Type', XLSX);
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent('提案列表.xlsx')}`,
      );
      return reply.send(content);
    },
  );
}
