import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, countRows, tableDigest } from '../src/modules/backup/backup.queries.js';
import { backup, restore } from '../src/modules/backup/backup.service.js';
import { databaseKinds, freshDatabase } from './databases.js';
import { createWorld, draftFor, type World } from './harness.js';

describe.each(databaseKinds())('backup and restore on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(kind);
    const [member, member2, staff, clerk, leader] = await w.loginAs('alpha', [
      'member',
      'member2',
      'staff',
      'edu-clerk',
      'edu-leader',
    ] as const);
    const me2 = (await member2.get('/api/v1/auth/me')).body;
    const id = (
      await member.post('/api/v1/proposals', {
        ...draftFor(w.bodies.a.sessionId),
        cosignerUserIds: [me2.userId],
      })
    ).body.proposalId;
    await member2.post(`/api/v1/proposals/${id}/cosign`, { accept: true });
    await member.post(`/api/v1/proposals/${id}/submit`);
    await staff.post(`/api/v1/proposals/${id}/register`, {
      categoryId: w.bodies.a.categories[0]!.categoryId,
      isKey: true,
    });
    await staff.post(`/api/v1/proposals/${id}/assign`, {
      units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
    });
    await clerk.post(`/api/v1/proposals/${id}/start`);
    const draft = (
      await clerk.put(`/api/v1/proposals/${id}/reply-draft`, {
        replyClass: 'B',
        text: '正在办理。',
      })
    ).body;
    await leader.post(`/api/v1/proposals/${id}/replies/${draft.reply.replyId}/sign`);
    const dup = (
      await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId, '重复的提案'))
    ).body.proposalId;
    await member.post(`/api/v1/proposals/${dup}/submit`);
    await staff.post(`/api/v1/proposals/${dup}/merge`, { intoProposalId: id });
    const task = (
      await staff.post('/api/v1/supervision/items', {
        title: '整治学校周边交通',
        unitIds: [w.bodies.a.units.edu],
        profileCode: '13710',
      })
    ).body;
    await clerk.post(`/api/v1/supervision/items/${task.itemId}/stages`, {
      action: 'deploy',
      text: '已部署',
    });
    await staff.post(`/api/v1/supervision/items/${task.itemId}/notes`, { text: '请加快' });
  });
  afterAll(async () => w.close());

  it('restores every table to the same content', async () => {
    const file = await backup(w.database.db);
    const target = await freshDatabase(kind);
    try {
      const counts = await restore(target.db, file);
      expect(counts.proposals).toBe(2);
      for (const table of BACKUP_TABLES) {
        expect([table, await countRows(target.db, table)]).toEqual([
          table,
          await countRows(w.database.db, table),
        ]);
        expect([table, await tableDigest(target.db, table)]).toEqual([
          table,
          await tableDigest(w.database.db, table),
        ]);
      }
      // The restored event log keeps numbering after the restored events, and stays append-only.
      await expect(restore(target.db, file)).rejects.toThrow(/empty database/);
    } finally {
      await target.close();
    }
  });

  it('backs up one body alone', async () => {
    const file = await backup(w.database.db, { bodyId: w.bodies.b.bodyId });
    const target = await freshDatabase(kind);
    try {
      const counts = await restore(target.db, file);
      expect(counts.bodies).toBe(1);
      expect(counts.proposals).toBe(0);
      expect(counts.users).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
  });
});
