import { findBodyByCode, listBodies } from '@jianyan/server/modules/admin/bodies.queries.js';
import { unknownBody } from '@jianyan/server/modules/admin/admin.service.js';
import { reindexBody } from '@jianyan/server/modules/search/dictionary.service.js';
import { withDatabase } from '../database.js';
import type { RegisterCommand } from './index.js';

export const registerReindexCommand: RegisterCommand = (program) => {
  program
    .command('reindex')
    .description(
      '重建检索与相似提案索引 / re-segment proposals for search and similarity (after an upgrade)',
    )
    .option('--body <code>', 'only this body')
    .action(async (o: { body?: string }) => {
      await withDatabase('jianyan reindex', async (database) => {
        const bodies = o.body
          ? [await findBodyByCode(database.db, o.body)].map((b) => {
              if (!b) {
                throw unknownBody(o.body!);
              }
              return b;
            })
          : await listBodies(database.db);
        for (const body of bodies) {
          // One transaction per body: its search never mixes old and new segmentation.
          const n = await database.db.transaction((tx) => reindexBody(tx, body.bodyId));
          console.log(`${body.code}: ${n} proposals re-indexed`);
        }
      });
    });
};
