import type { App } from '../../http/app.js';
import { bodyBackup } from './backup-access.service.js';

export async function backupRoutes(app: App) {
  app.get(
    '/backup',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['administration'],
        summary: 'A consistent backup of the administrator’s body (restore with `jianyan restore`)',
      },
    },
    async (req, reply) => {
      const content = await bodyBackup(req.serviceContext());
      reply.header('Content-Type', 'application/gzip');
      reply.header('Content-Disposition', 'attachment; filename="jianyan-backup.jybak"');
      return reply.send(content);
    },
  );
}
