import { z } from 'zod';
import type { App } from '../../http/app.js';
import { bodyCalendar, bodyDeadlinePolicy } from './calendar.service.js';

export async function calendarRoutes(app: App) {
  app.get(
    '/calendar',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['deadlines'],
        summary:
          'The body’s working calendar for a year: holidays (official and local) and make-up working days',
        querystring: z.object({ year: z.coerce.number().int().min(2020).max(2100) }),
      },
    },
    async (req) => bodyCalendar(req.serviceContext(), req.query.year),
  );
  app.get(
    '/deadline-policy',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['deadlines'],
        summary:
          'The body’s deadline rules in force (objection, co-unit opinion, reply, extension ceiling, feedback, rehandling) and the defaults for its kind; change them with PATCH /body/settings',
      },
    },
    async (req) => bodyDeadlinePolicy(req.serviceContext()),
  );
}
