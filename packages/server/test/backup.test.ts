import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { BACKUP_TABLES, countRows, tableDigest } from '../src/modules/backup/backup.queries.js';
import { backupBytes, restoreBytes, versionOneBackup } from './backup-files.js';
import { databaseKinds, freshDatabase } from './databases.js';
import { Client, createWorld, draftFor, PASSWORD, type World } from './harness.js';
import { pdfBytes } from './rush-world.js';
import { multipartFile } from './security-fixtures.js';

/** Every table of the restored database holds exactly the rows of the original. */
async function expectSameTables(restored: Db, original: Db) {
  for (const table of BACKUP_TABLES) {
    expect([table, await countRows(restored, table)]).toEqual([
      table,
      await countRows(original, table),
    ]);
    expect([table, await tableDigest(restored, table)]).toEqual([
      table,
      await tableDigest(original, table),
    ]);
  }
}

async function expectEmpty(db: Db) {
  for (const table of BACKUP_TABLES) {
    expect([table, await countRows(db, table)]).toEqual([table, 0]);
  }
}

const filesUnder = (dir: string) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
    : [];

const newDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-restore-'));

describe.each(databaseKinds())('backup and restore on %s', (kind) => {
  let w: World;
  const attached = pdfBytes(50_000);
  const dirs: string[] = [];
  beforeAll(async () => {
    // The default configuration: the file on disk with PGlite, in the database with PostgreSQL.
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
    const pdf = multipartFile('附件.pdf', attached);
    await member.request('POST', `/api/v1/proposals/${id}/attachments`, pdf.payload, pdf.headers);
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
  afterAll(async () => {
    await w.close();
    dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  it('restores every table to the same content, and the file where it was kept', async () => {
    const file = await backupBytes(w.database.db, w.config.dataDir);
    const target = await freshDatabase(kind);
    const dataDir = newDataDir();
    dirs.push(dataDir);
    try {
      const counts = await restoreBytes(target.db, dataDir, file);
      expect(counts.proposals).toBe(2);
      expect(counts.attachments).toBe(1);
      await expectSameTables(target.db, w.database.db);
      const restoredFiles = filesUnder(path.join(dataDir, 'attachments'));
      if (kind === 'pglite') {
        expect(restoredFiles).toHaveLength(1);
        const [one] = restoredFiles;
        expect(fs.readFileSync(path.join(one!.parentPath, one!.name)).equals(attached)).toBe(true);
      } else {
        expect(restoredFiles).toEqual([]);
      }
      await expect(restoreBytes(target.db, dataDir, file)).rejects.toThrow(/empty database/);
    } finally {
      await target.close();
    }
  });

  it('backs up one body alone', async () => {
    const file = await backupBytes(w.database.db, w.config.dataDir, {
      bodyId: w.bodies.b.bodyId,
    });
    const target = await freshDatabase(kind);
    try {
      const counts = await restoreBytes(target.db, w.config.dataDir, file);
      expect(counts.bodies).toBe(1);
      expect(counts.proposals).toBe(0);
      expect(counts.users).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
  });

  it("lets an administrator download their body's backup, which restores", async () => {
    const [admin] = await w.loginAs('alpha', ['admin'] as const);
    const download = await admin.inject({ method: 'GET', url: '/api/v1/backup' });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/gzip');
    const target = await freshDatabase(kind);
    try {
      const counts = await restoreBytes(target.db, w.config.dataDir, download.rawPayload);
      expect(counts.bodies).toBe(1);
      expect(counts.proposals).toBe(2);
    } finally {
      await target.close();
    }
  });

  it('still restores a version-1 file', async () => {
    const file = await versionOneBackup(w.database.db);
    expect(JSON.parse(gunzipSync(file).toString()).version).toBe(1);
    const target = await freshDatabase(kind);
    try {
      await restoreBytes(target.db, w.config.dataDir, file);
      await expectSameTables(target.db, w.database.db);
    } finally {
      await target.close();
    }
  });

  it('rebuilds the search documents of a backup made before they had a table of their own', async () => {
    // As a backup of migration 0014 was: no proposal_search rows (the documents were columns of
    // the proposals, which a restore now leaves aside).
    const lines = gunzipSync(await backupBytes(w.database.db, w.config.dataDir))
      .toString()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, any>)
      .filter((l) => l.table !== 'proposal_search');
    lines[0]!.migrations = 15;
    delete lines.at(-1)!.rows.proposal_search;
    const old = gzipSync(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const target = await freshDatabase(kind);
    try {
      await restoreBytes(target.db, w.config.dataDir, old);
      // Rebuilt from the texts: the same documents, so search finds what it found before.
      expect(await countRows(target.db, 'proposal_search')).toBeGreaterThan(0);
      await expectSameTables(target.db, w.database.db);
    } finally {
      await target.close();
    }
  });

  it('refuses a truncated or damaged file and writes nothing', async () => {
    const file = await backupBytes(w.database.db, w.config.dataDir);
    const lines = gunzipSync(file).toString().trimEnd().split('\n');
    const withoutEnd = gzipSync(lines.slice(0, -1).join('\n') + '\n');
    // The last row goes (no other row refers to it): only the end line's counts can tell.
    const withoutARow = gzipSync([...lines.slice(0, -2), lines.at(-1)].join('\n') + '\n');
    const flipped = Buffer.from(file);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const damaged: [string, Buffer, RegExp][] = [
      ['cut in the middle', file.subarray(0, Math.floor(file.length / 2)), /ends early/],
      ['a damaged byte', flipped, /truncated or damaged/],
      ['cut at a line end', withoutEnd, /cut off/],
      ['a row missing', withoutARow, /missing rows/],
      ['not gzip', Buffer.from('{"format":"jianyan-backup"}'), /truncated or damaged/],
    ];
    const target = await freshDatabase(kind);
    try {
      for (const [what, content, error] of damaged) {
        await expect(restoreBytes(target.db, w.config.dataDir, content), what).rejects.toThrow(
          error,
        );
        await expectEmpty(target.db);
      }
    } finally {
      await target.close();
    }
  });
});

describe.each(databaseKinds())('backup of files stored on disk, on %s', (kind) => {
  let w: World;
  let proposalId: string;
  const sent = [pdfBytes(300_000), pdfBytes(40_000)];
  const attachmentIds: string[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    dirs.push(newDataDir());
    w = await createWorld(kind, { attachmentStorage: 'disk', dataDir: dirs[0]! });
    const [member] = await w.loginAs('alpha', ['member'] as const);
    proposalId = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body
      .proposalId;
    // The first document twice: one file on disk for two rows.
    for (const content of [sent[0]!, sent[1]!, sent[0]!]) {
      const m = multipartFile('材料.pdf', content);
      const res = await member.request(
        'POST',
        `/api/v1/proposals/${proposalId}/attachments`,
        m.payload,
        m.headers,
      );
      expect(res.status).toBe(201);
      attachmentIds.push(res.body.attachmentId);
    }
  });
  afterAll(async () => {
    await w.close();
    dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  it('carries the files, which a server on the restored database and a new DATA_DIR serves', async () => {
    const file = await backupBytes(w.database.db, w.config.dataDir);
    const target = await freshDatabase(kind);
    const dataDir = newDataDir();
    dirs.push(dataDir);
    const config = { ...w.config, dataDir };
    const app = await buildApp({ database: target, config, now: w.clock.now, logger: false });
    try {
      await restoreBytes(target.db, dataDir, file);
      await expectSameTables(target.db, w.database.db);
      expect(filesUnder(path.join(dataDir, 'attachments'))).toHaveLength(2);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { body: 'alpha', username: 'member', password: PASSWORD },
      });
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const member = new Client(app, cookie, login.json<{ csrfToken: string }>().csrfToken);
      const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      for (const [i, attachmentId] of attachmentIds.entries()) {
        const download = await member.inject({
          method: 'GET',
          url: `/api/v1/proposals/${proposalId}/attachments/${attachmentId}`,
        });
        expect(download.statusCode).toBe(200);
        expect(sha(download.rawPayload)).toBe(sha([sent[0]!, sent[1]!, sent[0]!][i]!));
      }
    } finally {
      await app.close();
      await target.close();
    }
  });

  it('removes the files it wrote when it refuses the file', async () => {
    const file = await backupBytes(w.database.db, w.config.dataDir);
    const lines = gunzipSync(file).toString().trimEnd().split('\n');
    const cutOff = gzipSync(lines.slice(0, -1).join('\n') + '\n');
    const target = await freshDatabase(kind);
    const dataDir = newDataDir();
    dirs.push(dataDir);
    try {
      await expect(restoreBytes(target.db, dataDir, cutOff)).rejects.toThrow(/cut off/);
      await expectEmpty(target.db);
      expect(filesUnder(dataDir)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('refuses to back up when a stored file is missing', async () => {
    const [one] = filesUnder(path.join(w.config.dataDir, 'attachments'));
    const where = path.join(one!.parentPath, one!.name);
    const content = fs.readFileSync(where);
    fs.rmSync(where);
    try {
      await expect(backupBytes(w.database.db, w.config.dataDir)).rejects.toThrow(
        /stored file is missing/,
      );
    } finally {
      fs.writeFileSync(where, content);
    }
  });
});
