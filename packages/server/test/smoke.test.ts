import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { bodies, events } from '../src/db/schema/index.js';
import type { Database } from '../src/db/database.js';
import { databaseKinds, freshDatabase } from './databases.js';

describe.each(databaseKinds())('database foundation on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(async () => database.close());

  it('migrates and refuses to edit the event log', async () => {
    const [b] = await database.db
      .insert(bodies)
      .values({ code: 'x', name: '政协测试委员会', kind: 'cppcc', level: 'city', region: '晋中' })
      .returning();
    await database.db
      .insert(events)
      .values({ bodyId: b!.bodyId, entity: 'body', action: 'create' });
    await expect(database.db.execute(sql`UPDATE events SET action = 'x'`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
    await expect(database.db.execute(sql`DELETE FROM events`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });
});
