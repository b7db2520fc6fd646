import { z } from 'zod';
import type { App } from '../../http/app.js';
import { markRead, myNotifications } from './notifications.service.js';

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
}
