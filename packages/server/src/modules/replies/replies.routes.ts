import type { App } from '../../http/app.js';
import { ifMatch } from '../../http/route-helpers.js';
import { sendWrite } from '../../http/write.js';
import { proposalIdParams } from '../proposals/proposal.schemas.js';
import * as schemas from './replies.schemas.js';
import { replyLetter } from './reply-letter.service.js';
import * as service from './replies.service.js';

const tags = ['replies'];

export async function repliesRoutes(app: App) {
  app.get(
    '/reply-classes',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'The reply classes this body uses' },
    },
    async (req) => service.replyClassesOf(req.serviceContext()),
  );
  app.put(
    '/proposals/:proposalId/reply-draft',
    {
      config: { access: ['unit_clerk', 'unit_leader'] },
      schema: {
        tags,
        summary: 'Save the unit’s reply draft (If-Match when it exists)',
        params: proposalIdParams,
        body: schemas.replyDraftBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.saveReplyDraft(ctx, req.params.proposalId, req.body, ifMatch(req)),
      ),
  );
  app.post(
    '/proposals/:proposalId/replies/:replyId/sign',
    {
      config: { access: ['unit_leader'] },
      schema: {
        tags,
        summary: '签发: the unit leader signs the reply',
        params: schemas.replyParams,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.signReply(ctx, req.params.proposalId, req.params.replyId),
      ),
  );
  app.post(
    '/proposals/:proposalId/feedback',
    {
      config: { access: ['proposer'] },
      schema: {
        tags,
        summary: 'The proposer’s verdict on the reply',
        params: proposalIdParams,
        body: schemas.feedbackBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.giveFeedback(ctx, req.params.proposalId, req.body),
      ),
  );
  app.get(
    '/proposals/:proposalId/replies/:replyId/letter.docx',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The reply as a letter (答复函), a Word document',
        params: schemas.replyParams,
      },
    },
    async (req, reply) => {
      const content = await replyLetter(
        req.serviceContext(),
        req.params.proposalId,
        req.params.replyId,
      );
      reply.header(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent('答复函.docx')}`,
      );
      return reply.send(content);
    },
  );
}
