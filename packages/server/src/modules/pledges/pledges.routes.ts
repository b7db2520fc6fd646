import type { App } from '../../http/app.js';
import { uploadedFile } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import * as schemas from './pledges.schemas.js';
import * as service from './pledges.service.js';

const tags = ['targets'];
const managers = ['staff', 'leader'] as const;
const units = ['unit_clerk', 'unit_leader'] as const;
/** Everyone who follows targets: reviewers, the units that deliver them, members and deputies. */
const followers = ['staff', 'leader', 'proposer', 'unit_clerk', 'unit_leader'] as const;

/** 政府工作报告目标任务: import, review, assignment, quarterly progress, proposals about a target. */
export async function pledgesRoutes(app: App) {
  app.get(
    '/work-reports',
    {
      config: { access: followers },
      schema: { tags, summary: 'The body’s government work reports, with target counts by status' },
    },
    async (req) => service.listReports(req.serviceContext()),
  );
  app.post(
    '/work-reports',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Import a work report (UTF-8 .txt in multipart field "file"); targets to review',
        querystring: schemas.importQuery,
      },
    },
    async (req, reply) => {
      const file = await uploadedFile(req, '请选择政府工作报告文本文件');
      return sendWrite(req, reply, 201, (ctx) => service.importReportFile(ctx, req.query, file));
    },
  );
  app.post(
    '/work-reports/:workReportId/targets',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Add a target the extractor missed (confirmed at once)',
        params: schemas.workReportIdParams,
        body: schemas.addTargetBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) =>
        service.addTarget(ctx, req.params.workReportId, req.body),
      ),
  );
  app.get(
    '/targets',
    {
      config: { access: followers },
      schema: {
        tags,
        summary:
          'Targets the caller may see (all for staff, confirmed for members, assigned for units)',
        querystring: schemas.listTargetsQuery,
      },
    },
    async (req) => service.listTargets(req.serviceContext(), req.query),
  );
  app.get(
    '/targets/:targetId',
    {
      config: { access: followers },
      schema: {
        tags,
        summary: 'One target with its units, progress reports, evidence and proposals',
        params: schemas.targetIdParams,
      },
    },
    async (req) => service.getTarget(req.serviceContext(), req.params.targetId),
  );
  app.patch(
    '/targets/:targetId',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Correct a target’s fields',
        params: schemas.targetIdParams,
        body: schemas.editTargetBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.editTarget(ctx, req.params.targetId, req.body)),
  );
  app.post(
    '/targets/:targetId/confirm',
    {
      config: { access: managers },
      schema: { tags, summary: 'Confirm a target', params: schemas.targetIdParams },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.confirmTarget(ctx, req.params.targetId)),
  );
  app.post(
    '/targets/:targetId/reject',
    {
      config: { access: managers },
      schema: { tags, summary: 'Reject a misread target', params: schemas.targetIdParams },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.rejectTarget(ctx, req.params.targetId)),
  );
  app.put(
    '/targets/:targetId/units',
    {
      config: { access: managers },
      schema: {
        tags,
        summary: 'Assign a confirmed target to its units (exactly one lead)',
        params: schemas.targetIdParams,
        body: schemas.assignBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.assignUnits(ctx, req.params.targetId, req.body)),
  );
  app.put(
    '/targets/:targetId/progress',
    {
      config: { access: units },
      schema: {
        tags,
        summary: 'The caller’s unit reports (or corrects) its progress for a quarter',
        params: schemas.targetIdParams,
        body: schemas.progressBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.reportProgress(ctx, req.params.targetId, req.body),
      ),
  );
  app.post(
    '/target-progress/:progressId/evidence',
    {
      config: { access: units },
      schema: {
        tags,
        summary: 'Attach evidence to a progress report (multipart field "file")',
        params: schemas.progressIdParams,
      },
    },
    async (req, reply) => {
      const file = await uploadedFile(req, '请选择要上传的佐证材料');
      return sendWrite(req, reply, 201, (ctx) =>
        service.addEvidence(ctx, req.params.progressId, file),
      );
    },
  );
  app.get(
    '/target-evidence/:evidenceId',
    {
      config: { access: followers },
      schema: { tags, summary: 'Download evidence', params: schemas.evidenceIdParams },
    },
    async (req, reply) => {
      const file = await service.readEvidence(req.serviceContext(), req.params.evidenceId);
      reply.header('Content-Type', file.mimeType);
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      );
      return reply.send(file.content);
    },
  );
  app.post(
    '/targets/:targetId/proposal',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: '就此提建议: a draft proposal about the target, linked to it',
        params: schemas.targetIdParams,
        body: schemas.raiseProposalBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) =>
        service.raiseProposal(ctx, req.params.targetId, req.body),
      ),
  );
}
