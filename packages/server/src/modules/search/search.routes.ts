import { z } from 'zod';
import { PROPOSAL_STATES } from '@jianyan/shared';
import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import { getDictionary, updateDictionary, MAX_DICTIONARY_WORDS } from './dictionary.service.js';
import { search } from './search.service.js';
import { similarProposals, similarToText } from './similar.service.js';

export async function searchRoutes(app: App) {
  app.get(
    '/search',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['search'],
        summary: 'Full-text search (Chinese segmented) over titles, text and replies, with filters',
        querystring: z.object({
          q: z.string().trim().min(1).max(200),
          sessionId: z.uuid().optional(),
          state: z
            .union([
              z.enum(PROPOSAL_STATES),
              z.array(z.enum(PROPOSAL_STATES)).max(PROPOSAL_STATES.length),
            ])
            .optional()
            .transform((v) => (v === undefined ? undefined : [v].flat())),
          categoryId: z.uuid().optional(),
          area: z.enum(['economy', 'politics', 'culture', 'society', 'ecology']).optional(),
          unitId: z.uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
      },
    },
    async (req) => {
      const { q, ...filters } = req.query;
      return search(req.serviceContext(), q, filters);
    },
  );
  app.get(
    '/proposals/:proposalId/similar',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['search'],
        summary:
          'Similar proposals (this session and earlier), with merge candidates and their replies',
        params: z.object({ proposalId: z.uuid() }),
      },
    },
    async (req) => similarProposals(req.serviceContext(), req.params.proposalId),
  );
  app.get(
    '/similar',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['search'],
        summary:
          'Proposals similar to a title being drafted (before it is saved), with their replies',
        querystring: z.object({
          title: z.string().trim().min(2).max(200),
          excludeId: z.uuid().optional(),
        }),
      },
    },
    async (req) =>
      similarToText(
        req.serviceContext(),
        { title: req.query.title },
        { excludeId: req.query.excludeId },
      ),
  );
  app.get(
    '/search/dictionary',
    {
      config: { access: ['admin', 'staff'] },
      schema: {
        tags: ['search'],
        summary: 'The body’s own words for segmentation (user dictionary)',
      },
    },
    async (req) => getDictionary(req.serviceContext()),
  );
  app.put(
    '/search/dictionary',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['search'],
        summary:
          'Replace the body’s user dictionary; re-indexes its proposals in the same transaction',
        body: z.object({
          words: z.array(z.string().max(40)).max(MAX_DICTIONARY_WORDS),
        }),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => updateDictionary(ctx, req.body.words)),
  );
}
