import { z } from 'zod';
import type { App } from '../../http/app.js';
import {
  markRead,
  myNotifications,
  myPreferences,
  updateMyPreferences,
} from './notifications.service.js';

export async function notificationsRoutes(app: App) {
  app.get(
    '/notifications',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: 'My notifications and the unread count' },
    },
    async (req) => myNotifications(req.serviceContext()),
  );
  app.post(
    '/notifications/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark notifications (or all) as read',
        body: z.object({ ids: z.union([z.array(z.uuid()).max(200), z.literal('all')]) }),
      },
    },
    async (req) => markRead(req.serviceContext(), req.body.ids),
  );
  app.get(
    '/notifications/preferences',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: 'My e-mail address, the kinds I do not want by e-mail, my mobile number for SMS',
      },
    },
    async (req) => myPreferences(req.serviceContext()),
  );
  app.patch(
    '/notifications/preferences',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: 'My e-mail address, the kinds I do not want by e-mail, my mobile number for SMS',
        body: z.object({
          email: z.email().nullable().optional(),
          emailOptOut: z.array(z.string().max(40)).max(40).optional(),
          // A mainland mobile number (11 digits from 1), optionally with +86: SMS gateways take these.
          mobile: z
            .string()
            .refine((v) => /^(\+86)?1[3-9]\d{9}$/.test(v), {
              message: '须为11位手机号码 / must be an 11-digit mobile number',
            })
            .nullable()
            .optional(),
        }),
      },
    },
    async (req) => updateMyPreferences(req.serviceContext(), req.body),
  );
}
