import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../src/db/schema/index.js';
import { diskPath, sweepTemporaryFiles } from '../src/modules/attachments/file-store.js';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

/** A minimal real PDF: what the office's members attach most. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A Windows executable renamed to .pdf. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

function multipart(filename: string, content: Buffer) {
  const boundary = '----jianyan-attachment';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(databaseKinds())('attachments on %s', (kind) => {
  let w: World;
  let member: Client, member2: Client, staff: Client;
  let proposalId: string;

  beforeAll(async () => {
    w = await createWorld(kind, { attachmentMaxBytes: 64 * 1024 });
    [member, member2, staff] = await w.loginAs('alpha', ['member', 'member2', 'staff'] as const);
    proposalId = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body
      .proposalId;
  });
  afterAll(async () => w.close());

  const upload = (c: Client, filename: string, content: Buffer) => {
    const m = multipart(filename, content);
    return c.request('POST', `/api/v1/proposals/${proposalId}/attachments`, m.payload, m.headers);
  };

  it('stores a PDF and gives the same bytes back to those who may see the proposal', async () => {
    const res = await upload(member, '调研报告.pdf', PDF);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ filename: '调研报告.pdf', mimeType: 'application/pdf' });
    const url = `/api/v1/proposals/${proposalId}/attachments/${res.body.attachmentId}`;
    const download = await w.app.inject({
      method: 'GET',
      url,
      headers: { cookie: staff.cookieHeader },
    });
    expect(download.statusCode).toBe(200);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(
      createHash('sha256').update(PDF).digest('hex'),
    );
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('调研报告.pdf'));
    const other = await w.app.inject({
      method: 'GET',
      url,
      headers: { cookie: member2.cookieHeader },
    });
    expect(other.statusCode).toBe(404);
    const detail = (await member.get(`/api/v1/proposals/${proposalId}`)).body;
    expect(detail.attachments.map((a: { filename: string }) => a.filename)).toEqual([
      '调研报告.pdf',
    ]);
  });

  // PGlite writes bytes stored in it through its table and WAL in the server's one thread, which
  // a rush of uploads outran (docs/decisions/0008-embedded-files-on-disk.md).
  it(`keeps the file where ${kind}'s default puts it (on disk for PGlite, else in the database)`, async () => {
    const content = Buffer.concat([PDF, Buffer.from(`% ${kind}\n`)]);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const res = await upload(member, '现场照片说明.pdf', content);
    expect(res.status).toBe(201);
    expect(res.body.sha256).toBe(sha256);
    const [row] = await w.database.db
      .select({ storage: attachments.storage, content: attachments.content })
      .from(attachments)
      .where(eq(attachments.attachmentId, res.body.attachmentId));
    const onDisk = diskPath(w.config.dataDir, w.bodies.a.bodyId, sha256);
    if (kind === 'pglite') {
      expect(row).toEqual({ storage: 'disk', content: null });
      expect(fs.readFileSync(onDisk).equals(content)).toBe(true);
    } else {
      expect(row!.storage).toBe('database');
      expect(Buffer.from(row!.content!).equals(content)).toBe(true);
      expect(fs.existsSync(onDisk)).toBe(false);
    }
    const download = await member.inject({
      method: 'GET',
      url: `/api/v1/proposals/${proposalId}/attachments/${res.body.attachmentId}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
  });

  it('judges the type by the bytes, not the name', async () => {
    const res = await upload(member, 'report.pdf', EXE);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ field: 'file' });
    expect(res.body.error.fields[0].messageZh).toContain('不支持的文件类型');
  });

  it('refuses a file over the size limit and keeps nothing of it', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 0x20)]);
    const res = await upload(member, 'big.pdf', big);
    expect(res.status).toBe(413);
    const detail = (await member.get(`/api/v1/proposals/${proposalId}`)).body;
    expect(detail.attachments.map((a: { filename: string }) => a.filename)).not.toContain(
      'big.pdf',
    );
    const bigSha256 = createHash('sha256').update(big).digest('hex');
    expect(fs.existsSync(diskPath(w.config.dataDir, w.bodies.a.bodyId, bigSha256))).toBe(false);
  });

  it('lets only the owner attach, and only to a draft, keeping no file of a refused upload', async () => {
    const stranger = Buffer.concat([PDF, Buffer.from('% not the owner\n')]);
    const late = Buffer.concat([PDF, Buffer.from('% after submission\n')]);
    expect((await upload(member2, 'x.pdf', stranger)).status).toBe(404);
    await member.post(`/api/v1/proposals/${proposalId}/submit`);
    expect((await upload(member, 'late.pdf', late)).status).toBe(409);
    for (const refused of [stranger, late]) {
      const sha256 = createHash('sha256').update(refused).digest('hex');
      expect(fs.existsSync(diskPath(w.config.dataDir, w.bodies.a.bodyId, sha256))).toBe(false);
    }
  });
});

describe('attachments stored on disk', () => {
  let w: World;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-files-'));
    w = await createWorld('pglite', { attachmentStorage: 'disk', dataDir });
  });
  afterAll(async () => {
    await w.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // The deadline rush: members attach the same circulated document at the same moment.
  it('takes the same file from several members at once', async () => {
    const members = await w.loginAs('alpha', ['member', 'member2', 'member3'] as const);
    const drafts = await Promise.all(
      [...members, ...members].map(
        async (c) =>
          [
            c,
            (await c.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body
              .proposalId as string,
          ] as const,
      ),
    );
    const uploads = await Promise.all(
      drafts.map(([c, id]) => {
        const m = multipart('通知.pdf', PDF);
        return c.request('POST', `/api/v1/proposals/${id}/attachments`, m.payload, m.headers);
      }),
    );
    expect(uploads.map((u) => u.status)).toEqual(drafts.map(() => 201));
    for (const [i, [c, id]] of drafts.entries()) {
      const download = await c.inject({
        method: 'GET',
        url: `/api/v1/proposals/${id}/attachments/${uploads[i]!.body.attachmentId}`,
      });
      expect(download.rawPayload.equals(PDF)).toBe(true);
    }
  });

  // A kill in the middle of an upload leaves its temporary copy (writeDurably): no row points at
  // it, and a restart removes it — every one when the folder is the process's alone (PGlite),
  // only old ones when other server processes may be writing theirs now.
  it('clears the temporary files that uploads cut off by a kill left behind', async () => {
    const folder = path.dirname(diskPath(dataDir, w.bodies.a.bodyId, 'ab'.repeat(32)));
    fs.mkdirSync(folder, { recursive: true });
    const stored = path.join(folder, 'ab'.repeat(32));
    fs.writeFileSync(stored, PDF);
    const leftover = (name: string, ageMinutes: number) => {
      const file = `${stored}.${name}.tmp`;
      fs.writeFileSync(file, PDF.subarray(0, 10));
      const at = new Date(Date.now() - ageMinutes * 60_000);
      fs.utimesSync(file, at, at);
      return file;
    };
    const old = leftover('4242.old', 90);
    const recent = leftover('4243.recent', 1);

    const shared = await sweepTemporaryFiles(dataDir, {
      olderThan: new Date(Date.now() - 60 * 60_000),
    });
    expect([shared, fs.existsSync(old), fs.existsSync(recent)]).toEqual([1, false, true]);

    expect(await sweepTemporaryFiles(dataDir)).toBe(1);
    expect(fs.existsSync(recent)).toBe(false);
    // Stored files are never touched.
    expect(fs.readFileSync(stored).equals(PDF)).toBe(true);
  });
});
