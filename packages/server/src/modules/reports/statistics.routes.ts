import { z } from 'zod';
import type { App } from '../../http/app.js';
import { reviewReportDocx, reviewReportJson, staffReviewReport } from './review-report.service.js';
import {
  handlingReport,
  handlingReportDocx,
  statisticsWorkbook,
} from './handling-report.service.js';
import { overview } from './statistics.service.js';

export async function statisticsRoutes(app: App) {
  app.get(
    '/statistics/overview',
    {
      config: { access: ['staff', 'leader', 'admin'] },
      schema: {
        tags: ['reports'],
        summary:
          'Counts and rates (each with its base) for the dashboard, optionally for one session',
        querystring: z.object({ sessionId: z.uuid().optional() }),
      },
    },
    async (req) => overview(req.serviceContext(), req.query.sessionId),
  );
  app.get(
    '/reports/review',
    {
      config: { access: ['staff', 'leader', 'admin'] },
      schema: {
        tags: ['reports'],
        summary: 'The review report of a session (提案审查情况的报告): figures, shares and text',
        querystring: z.object({ sessionId: z.uuid() }),
      },
    },
    async (req) => {
      const report = await staffReviewReport(req.serviceContext(), req.query.sessionId);
      return { ...reviewReportJson(report), title: report.title, text: report.text };
    },
  );
  app.get(
    '/reports/review.docx',
    {
      config: { access: ['staff', 'leader', 'admin'] },
      schema: {
        tags: ['reports'],
        summary: 'The review report as a Word document',
        querystring: z.object({ sessionId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const ctx = req.serviceContext();
      await staffReviewReport(ctx, req.query.sessionId);
      const content = await reviewReportDocx(ctx, ctx.actor.bodyId, req.query.sessionId, ctx.now());
      reply.header(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent('提案审查情况的报告.docx')}`,
      );
      return reply.send(content);
    },
  );
  const scope = z
    .object({
      sessionId: z.uuid().optional(),
      year: z.coerce.number().int().min(2000).max(2100).optional(),
    })
    .refine((s) => Boolean(s.sessionId) !== Boolean(s.year), {
      message: 'give sessionId or year / 请指定会议或年度',
    });
  const readers = { access: ['staff', 'leader', 'admin'] } as const;
  app.get(
    '/reports/handling',
    {
      config: readers,
      schema: {
        tags: ['reports'],
        summary: 'The handling report of a session or a year (each rate with its base)',
        querystring: scope,
      },
    },
    async (req) => handlingReport(req.serviceContext(), req.query),
  );
  app.get(
    '/reports/handling.docx',
    {
      config: readers,
      schema: {
        tags: ['reports'],
        summary: 'The handling report as a Word document',
        querystring: scope,
      },
    },
    async (req, reply) => {
      const content = await handlingReportDocx(req.serviceContext(), req.query);
      reply.header(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent('提案办理情况的报告.docx')}`,
      );
      return reply.send(content);
    },
  );
  app.get(
    '/reports/statistics.xlsx',
    {
      config: readers,
      schema: {
        tags: ['reports'],
        summary: 'The statistics workbook: one sheet per table',
        querystring: scope,
      },
    },
    async (req, reply) => {
      const content = await statisticsWorkbook(req.serviceContext(), req.query);
      reply.header(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent('提案统计.xlsx')}`,
      );
      return reply.send(content);
    },
  );
}
