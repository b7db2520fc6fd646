import { z } from 'zod';
import type { App } from '../../http/app.js';
import type { ModuleDeps } from '../../http/modules.js';
import { checkHealth } from './health.service.js';

export async function healthRoutes(app: App, deps: ModuleDeps) {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Liveness with a database round trip',
        response: { 200: z.object({ status: z.literal('ok'), database: z.string() }) },
      },
    },
    async () => checkHealth(deps.database),
  );
}
