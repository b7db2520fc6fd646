import { z } from 'zod';
import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import * as schemas from './speeches.schemas.js';
import * as digests from './speech-digest.service.js';
import * as service from './speeches.service.js';

const tags = ['speeches'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const readers = ['staff', 'leader', 'admin'] as const;

/** 大会发言: drafts, selection and order, the compiled digest (发言摘编) and its public page. */
export async function speechesRoutes(app: App) {
  app.get(
    '/speeches/mine',
    {
      config: { access: ['proposer'] },
      schema: { tags, summary: '我的大会发言: the caller’s own speeches, drafts included' },
    },
    async (req) => service.listMine(req.serviceContext()),
  );
  app.post(
    '/speeches',
    {
      config: { access: ['proposer'] },
      schema: { tags, summary: 'Draft a speech for a session', body: schemas.createSpeechBody },
    },
    async (req, reply) => sendWrite(req, reply, 201, (ctx) => service.createSpeech(ctx, req.body)),
  );
  app.get(
    '/speeches/:speechId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'One speech with its history (its author, or staff and leaders of the body)',
        params: schemas.speechIdParams,
      },
    },
    async (req) => service.getSpeech(req.serviceContext(), req.params.speechId),
  );
  app.patch(
    '/speeches/:speechId',
    {
      config: { access: ['proposer', 'staff'] },
      schema: {
        tags,
        summary: 'Edit a speech: its author while a draft, staff once submitted (recorded)',
        params: schemas.speechIdParams,
        body: schemas.updateSpeechBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => service.updateSpeech(ctx, req.params.speechId, req.body)),
  );
  app.post(
    '/speeches/:speechId/transition',
    {
      config: { access: ['proposer', 'staff'] },
      schema: {
        tags,
        summary: 'submit, return, select or not_select a speech (SPEECH_TRANSITIONS)',
        params: schemas.speechIdParams,
        body: schemas.transitionBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.transition(ctx, req.params.speechId, req.body.action),
      ),
  );
  app.post(
    '/speeches/:speechId/proposal',
    {
      config: { access: ['proposer', 'staff'] },
      schema: {
        tags,
        summary: '转为提案: a draft proposal of the speaker, linked to the speech',
        params: schemas.speechIdParams,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 201, (ctx) => service.makeProposal(ctx, req.params.speechId)),
  );
  app.get(
    '/sessions/:sessionId/speeches',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: 'The speeches submitted to a session, those in the digest first, in order',
        params: schemas.sessionIdParams,
      },
    },
    async (req) => service.listForSession(req.serviceContext(), req.params.sessionId),
  );
  app.put(
    '/sessions/:sessionId/speech-order',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Put the selected speeches in a new order (every one, once)',
        params: schemas.sessionIdParams,
        body: schemas.orderBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        service.reorder(ctx, req.params.sessionId, req.body.speechIds),
      ),
  );
  app.get(
    '/sessions/:sessionId/speech-digest',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '发言摘编 as compiled now (preview)',
        params: schemas.sessionIdParams,
      },
    },
    async (req) => digests.previewDigest(req.serviceContext(), req.params.sessionId),
  );
  app.put(
    '/sessions/:sessionId/speech-digest',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Word the digest’s heading',
        params: schemas.sessionIdParams,
        body: schemas.digestBody,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        digests.saveDigest(ctx, req.params.sessionId, { heading: req.body.heading }),
      ),
  );
  app.post(
    '/sessions/:sessionId/speech-digest/publish',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Publish the digest on the portal',
        params: schemas.sessionIdParams,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        digests.saveDigest(ctx, req.params.sessionId, { publish: true }),
      ),
  );
  app.post(
    '/sessions/:sessionId/speech-digest/unpublish',
    {
      config: { access: ['staff'] },
      schema: { tags, summary: 'Take the digest off the portal', params: schemas.sessionIdParams },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) =>
        digests.saveDigest(ctx, req.params.sessionId, { publish: false }),
      ),
  );
  app.get(
    '/sessions/:sessionId/speech-digest.docx',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '发言摘编 as a Word document (GB/T 9704)',
        params: schemas.sessionIdParams,
      },
    },
    async (req, reply) => {
      const content = await digests.digestDocument(req.serviceContext(), req.params.sessionId);
      reply.header('Content-Type', DOCX);
      reply.header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent('大会发言摘编.docx')}`,
      );
      return reply.send(content);
    },
  );
  app.get(
    '/public/bodies/:bodyCode/speech-digests',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public', ...tags],
        summary: 'The published speech digests of a body',
        params: z.object({ bodyCode: z.string().max(50) }),
      },
    },
    async (req) => digests.publicDigests(req.baseContext(), req.params.bodyCode),
  );
  app.get(
    '/public/bodies/:bodyCode/sessions/:sessionCode/speech-digest',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public', ...tags],
        summary: 'A published speech digest (404 until staff publish it)',
        params: z.object({ bodyCode: z.string().max(50), sessionCode: z.string().max(50) }),
      },
    },
    async (req) =>
      digests.publicDigest(req.baseContext(), req.params.bodyCode, req.params.sessionCode),
  );
}
