import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { adminRoutes } from '../modules/admin/admin.routes.js';
import { assignmentsRoutes } from '../modules/assignments/assignments.routes.js';
import { attachmentsRoutes } from '../modules/attachments/attachments.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { backupRoutes } from '../modules/backup/backup.routes.js';
import { calendarRoutes } from '../modules/deadlines/calendar.routes.js';
import { extensionsRoutes } from '../modules/deadlines/extensions.routes.js';
import { healthRoutes } from '../modules/health/health.routes.js';
import { importsRoutes } from '../modules/imports/imports.routes.js';
import { membersRoutes } from '../modules/members/members.routes.js';
import { notificationsRoutes } from '../modules/notifications/notifications.routes.js';
import { pledgesRoutes } from '../modules/pledges/pledges.routes.js';
import { proposalsRoutes } from '../modules/proposals/proposals.routes.js';
import { publicationRoutes } from '../modules/publication/publication.routes.js';
import { repliesRoutes } from '../modules/replies/replies.routes.js';
import { statisticsRoutes } from '../modules/reports/statistics.routes.js';
import { reviewRoutes } from '../modules/review/review.routes.js';
import { routingRoutes } from '../modules/routing/routing.routes.js';
import { searchRoutes } from '../modules/search/search.routes.js';
import { speechesRoutes } from '../modules/speeches/speeches.routes.js';
import { supervisionRoutes } from '../modules/supervision/supervision.routes.js';
import type { App } from './app.js';

export interface ModuleDeps {
  database: Database;
  config: Config;
  now: () => Date;
}

/** Every module's routes, under /api/v1. A new module adds one line here. */
export async function registerModules(app: App, deps: ModuleDeps) {
  await app.register(
    async (instance) => {
      const api = instance.withTypeProvider<ZodTypeProvider>();
      await healthRoutes(api, deps);
      await authRoutes(api);
      await proposalsRoutes(api);
      await reviewRoutes(api);
      await assignmentsRoutes(api);
      await repliesRoutes(api);
      await publicationRoutes(api);
      await attachmentsRoutes(api);
      await adminRoutes(api);
      await importsRoutes(api);
      await statisticsRoutes(api);
      await searchRoutes(api);
      await routingRoutes(api);
      await notificationsRoutes(api);
      await extensionsRoutes(api);
      await calendarRoutes(api);
      await backupRoutes(api);
      await speechesRoutes(api);
      await membersRoutes(api);
      await pledgesRoutes(api);
      await supervisionRoutes(api);
    },
    { prefix: '/api/v1' },
  );
}
