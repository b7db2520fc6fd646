import { z } from 'zod';
import type { App } from '../../http/app.js';
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
}
