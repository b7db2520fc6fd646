/**
 * Backup and restore of a large body: how long they take and how much memory they need.
 *
 *   npm run bench:backup -- [--db pglite|postgres|both] [--proposals 2000] [--attachments 500]
 *                           [--file-mb 2] [--storage database|disk]  (ATTACHMENT_STORAGE; by
 *                             default the server's: disk with PGlite, the database with PostgreSQL)
 *                           [--v1-attachments 40]  (the baseline's dataset; 0 skips it)
 *
 * Seeds one body (rush-world.ts: members, then proposals and attachments of random, so
 * incompressible, PDF bytes inserted in bulk), writes `jianyan backup`'s file (version 2,
 * streamed) to a temporary folder and restores it into a fresh database and DATA_DIR, timing
 * both and sampling the process's RSS every 20 ms. PGlite runs inside this process, so its memory
 * counts too, as it would in `jianyan backup`. The baseline is the version-1 writer (one JSON
 * document in memory, kept in test/backup-files.ts) on a smaller dataset of the same shape,
 * reported as its peak RSS growth against the data's size. Prints numbers; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  attachmentStorageFrom,
  loadConfig,
  type AttachmentStorage,
} from '../../packages/server/src/config.js';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import {
  attachments,
  proposalSearch,
  proposals,
} from '../../packages/server/src/db/schema/index.js';
import { storeUpload } from '../../packages/server/src/modules/attachments/file-store.js';
import { writeBackup } from '../../packages/server/src/modules/backup/backup.service.js';
import { restoreBackup } from '../../packages/server/src/modules/backup/restore.service.js';
import { versionOneBackup } from '../../packages/server/test/backup-files.js';
import { startPgServer, type PgServer } from '../../packages/server/test/pg-server.js';
import { pdfBytes, seedRushWorld } from '../../packages/server/test/rush-world.js';
import { eq } from 'drizzle-orm';
import { users } from '../../packages/server/src/db/schema/index.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    proposals: { type: 'string', default: '2000' },
    attachments: { type: 'string', default: '500' },
    'file-mb': { type: 'string', default: '2' },
    // No default here: unset, each database gets the server's (attachmentStorageFrom).
    storage: { type: 'string' },
    'v1-attachments': { type: 'string', default: '40' },
  },
});
type Kind = 'pglite' | 'postgres';
const kinds: Kind[] =
  args.db === 'both' ? ['pglite', 'postgres'] : [args.db === 'postgres' ? 'postgres' : 'pglite'];
const fileBytes = Math.round(Number(args['file-mb']) * 1024 * 1024);
const MB = 1024 * 1024;

/** Peak RSS while `fn` runs (sampled), and the RSS it started from. */
async function measured<T>(fn: () => Promise<T>) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds: (performance.now() - start) / 1000, before, peak };
  } finally {
    clearInterval(timer);
  }
}

interface Place {
  open(name: string): Promise<Database>;
  dataDir(name: string): string;
  close(): void;
}

async function placeFor(kind: Kind, root: string): Promise<Place> {
  if (kind === 'pglite') {
    return {
      open: async (name) => openDatabase({ dataDir: path.join(root, name) }),
      dataDir: (name) => path.join(root, name),
      close: () => {},
    };
  }
  const server: PgServer = await startPgServer();
  return {
    async open(name) {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(server.url);
      url.pathname = `/${name}`;
      return openDatabase({ databaseUrl: url.toString() });
    },
    dataDir: (name) => path.join(root, name),
    close: () => server.stop(),
  };
}

/** A body with `proposalCount` drafts and `fileCount` attachments of `bytes` each. */
async function seed(
  database: Database,
  dataDir: string,
  proposalCount: number,
  fileCount: number,
  bytes: number,
  storage: AttachmentStorage,
) {
  await database.migrate();
  const world = await seedRushWorld(database, Math.min(proposalCount, 500) || 1);
  const owners = await database.db
    .select({ userId: users.userId, personId: users.personId })
    .from(users)
    .where(eq(users.bodyId, world.bodyId));
  const ids: string[] = [];
  for (let start = 0; start < proposalCount; start += 500) {
    const rows = await database.db
      .insert(proposals)
      .values(
        Array.from({ length: Math.min(500, proposalCount - start) }, (_, i) => {
          const owner = owners[(start + i) % owners.length]!;
          return {
            bodyId: world.bodyId,
            sessionId: world.sessionId,
            kind: 'proposal' as const,
            proposerType: 'individual' as const,
            ownerUserId: owner.userId,
            leadPersonId: owner.personId,
            title: `关于第${start + i + 1}项民生工作的提案`,
            problem: '群众反映的问题需要解决。'.repeat(20),
            suggestions: '一是加强统筹；二是完善机制；三是加大投入。'.repeat(10),
          };
        }),
      )
      .returning({ proposalId: proposals.proposalId, ownerUserId: proposals.ownerUserId });
    await database.db.insert(proposalSearch).values(
      rows.map((r) => ({
        bodyId: world.bodyId,
        proposalId: r.proposalId,
        titleTokens: '关于 民生 工作 的 提案',
        bodyTokens: '群众 反映 问题 解决 加强 统筹 完善 机制 加大 投入',
      })),
    );
    ids.push(...rows.map((r) => `${r.proposalId} ${r.ownerUserId}`));
  }
  const config = {
    ...loadConfig({ DATA_DIR: dataDir, ATTACHMENT_STORAGE: storage }),
    attachmentMaxBytes: bytes + MB,
  };
  for (let i = 0; i < fileCount; i++) {
    const [proposalId, uploadedBy] = ids[i % ids.length]!.split(' ') as [string, string];
    const stored = await storeUpload(config, world.bodyId, {
      filename: `材料${i}.pdf`,
      content: pdfBytes(bytes),
    });
    await database.db
      .insert(attachments)
      .values({ bodyId: world.bodyId, proposalId, uploadedBy, ...stored });
  }
  return fileCount * bytes;
}

const mb = (n: number) => (n / MB).toFixed(0);

async function run(kind: Kind) {
  const storage = attachmentStorageFrom(args.storage, kind);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-bench-backup-'));
  const place = await placeFor(kind, root);
  try {
    const source = await place.open('source');
    const seeded = await measured(() =>
      seed(
        source,
        place.dataDir('source'),
        Number(args.proposals),
        Number(args.attachments),
        fileBytes,
        storage,
      ),
    );
    const data = seeded.result;
    console.log(
      `${kind}: seeded ${args.proposals} proposals, ${args.attachments} × ${args['file-mb']} MB attachments (${storage}) in ${seeded.seconds.toFixed(0)} s; RSS ${mb(process.memoryUsage().rss)} MB`,
    );
    const file = path.join(root, 'backup.jybak');
    const backup = await measured(() =>
      writeBackup(source.db, place.dataDir('source'), fs.createWriteStream(file)),
    );
    const size = fs.statSync(file).size;
    await source.close();
    console.log(
      `${kind} backup:  ${backup.seconds.toFixed(1)} s, ${mb(size)} MB file, ${(data / MB / backup.seconds).toFixed(0)} MB/s of files, ` +
        `RSS ${mb(backup.before)} → peak ${mb(backup.peak)} MB (+${mb(backup.peak - backup.before)} MB)`,
    );
    const target = await place.open('target');
    await target.migrate();
    const restore = await measured(() =>
      restoreBackup(target.db, place.dataDir('target'), fs.createReadStream(file)),
    );
    console.log(
      `${kind} restore: ${restore.seconds.toFixed(1)} s, ${(size / MB / restore.seconds).toFixed(0)} MB/s of file, ` +
        `RSS ${mb(restore.before)} → peak ${mb(restore.peak)} MB (+${mb(restore.peak - restore.before)} MB); ` +
        `${restore.result.proposals} proposals, ${restore.result.attachments} attachments`,
    );
    await target.close();
    // Last: the in-memory writer leaves its heap behind, which would inflate the figures above.
    const v1Files = Number(args['v1-attachments']);
    if (v1Files > 0) {
      const small = await place.open('baseline');
      // Files in the database: version 1 held no files kept on disk, only the rows.
      const data = await seed(
        small,
        place.dataDir('baseline'),
        200,
        v1Files,
        fileBytes,
        'database',
      );
      const v2 = await measured(() =>
        writeBackup(
          small.db,
          place.dataDir('baseline'),
          fs.createWriteStream(path.join(root, 'baseline.jybak')),
        ),
      );
      const v1 = await measured(() => versionOneBackup(small.db));
      console.log(
        `${kind} baseline, ${v1Files} × ${args['file-mb']} MB (${mb(data)} MB of files): ` +
          `version 1 (in memory) ${v1.seconds.toFixed(1)} s, RSS +${mb(v1.peak - v1.before)} MB ` +
          `(${((v1.peak - v1.before) / data).toFixed(1)}× the data); ` +
          `version 2 (streamed) ${v2.seconds.toFixed(1)} s, RSS +${mb(v2.peak - v2.before)} MB`,
      );
      await small.close();
    }
  } finally {
    place.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${os.cpus().length} cores, Node ${process.version}`,
);
for (const kind of kinds) {
  await run(kind);
}
console.log(`process peak RSS (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
