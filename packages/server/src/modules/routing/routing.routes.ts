import { z } from 'zod';
import type { App } from '../../http/app.js';
import { routingSuggestions } from './routing.service.js';

export async function routingRoutes(app: App) {
  app.get(
    '/proposals/:proposalId/routing-suggestions',
    {
      config: { access: ['staff'] },
      schema: {
        tags: ['routing'],
        summary:
          'Suggested category and lead / co-handling units, with the reasons (matched words, similar past proposals)',
        params: z.object({ proposalId: z.uuid() }),
      },
    },
    async (req) => routingSuggestions(req.serviceContext(), req.params.proposalId),
  );
}
