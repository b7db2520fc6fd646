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
        summary: 'My e-mail address and the notification kinds I do not want by e-mail',
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
        summary: 'My e-mail address and the notification kinds I do not want by e-mail',
        body: z.object({
          email: z.email().nullable().optional(),
          emailOptOut: z.array(z.string().max(40)).max(40).optional(),
        }),
      },
    },
    async (req) => updateMyPreferences(req.serviceContext(), req.body),
  );
}
