import { z } from 'zod';
import type { App } from '../../http/app.js';
import { sendWrite } from '../../http/write.js';
import {
  bodyCalendar,
  bodyDeadlinePolicy,
  computeDeadline,
  removeCalendarOverride,
  setCalendarOverride,
} from './calendar.service.js';

const dateParams = z.object({ date: z.iso.date() });

export async function calendarRoutes(app: App) {
  app.get(
    '/calendar',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['deadlines'],
        summary:
          'The body’s working calendar for a year: holidays and make-up working days, official and the body’s own (with notes)',
        querystring: z.object({ year: z.coerce.number().int().min(2020).max(2100) }),
      },
    },
    async (req) => bodyCalendar(req.serviceContext(), req.query.year),
  );
  app.put(
    '/calendar/overrides/:date',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['deadlines'],
        summary: 'Make a day a holiday or a working day for this body, with a note',
        params: dateParams,
        body: z.object({
          kind: z.enum(['holiday', 'workday']),
          note: z.string().trim().min(1).max(200),
        }),
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => setCalendarOverride(ctx, req.params.date, req.body)),
  );
  app.delete(
    '/calendar/overrides/:date',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['deadlines'],
        summary: 'Take back the body’s edit of a day (the official calendar counts again)',
        params: dateParams,
      },
    },
    async (req, reply) =>
      sendWrite(req, reply, 200, (ctx) => removeCalendarOverride(ctx, req.params.date)),
  );
  app.get(
    '/calendar/compute',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['deadlines'],
        summary:
          'Deadline calculator: a day plus N working days or N calendar months on the body’s calendar, with the days off skipped',
        querystring: z
          .object({
            from: z.iso.date(),
            workingDays: z.coerce.number().int().min(0).max(365).optional(),
            months: z.coerce.number().int().min(0).max(24).optional(),
          })
          .refine((q) => (q.workingDays === undefined) !== (q.months === undefined), {
            path: ['workingDays'],
            message: '请指定工作日数或月数，二者选一 / give workingDays or months, not both',
          }),
      },
    },
    async (req) => computeDeadline(req.serviceContext(), req.query),
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
