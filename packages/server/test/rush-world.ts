import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { people, users } from '../src/db/schema/index.js';
import { createSession, createUser } from '../src/modules/admin/admin.service.js';
import { createBody } from '../src/modules/admin/bodies.service.js';
import { hashPassword } from '../src/modules/auth/passwords.js';

/** Every account of the rush shares this password (hashed once: Argon2 per account would take minutes). */
export const RUSH_PASSWORD = 'Rush@2025-deadline';
export const STAFF_USERNAMES = ['staff1', 'staff2'] as const;

export interface RushWorld {
  bodyCode: string;
  bodyId: string;
  sessionId: string;
  /** Member usernames, member0001 … */
  members: string[];
}

export const memberName = (i: number) => `member${String(i + 1).padStart(4, '0')}`;

/**
 * One body with a session whose deadline is a day away, two staff accounts and `memberCount`
 * members. Body, session and staff go through the services; the members are inserted in bulk
 * (person and account rows, as createUser writes them) so that 2,000 of them take seconds.
 */
export async function seedRushWorld(
  database: Database,
  memberCount: number,
  bodyCode = 'rush',
): Promise<RushWorld> {
  const config = loadConfig({});
  const ctx = { db: database.db, now: () => new Date(), config };
  const body = await createBody(ctx, {
    code: bodyCode,
    name: `政协${bodyCode}市委员会`,
    kind: 'cppcc',
    level: 'city',
    region: bodyCode,
  });
  const session = await createSession(ctx, body.bodyId, {
    code: '2026',
    name: '第五次会议',
    submissionDeadline: new Date(Date.now() + 86_400_000),
  });
  for (const username of STAFF_USERNAMES) {
    await createUser(ctx, body.bodyId, {
      username,
      password: RUSH_PASSWORD,
      displayName: `工作人员${username}`,
      role: 'staff',
    });
  }
  const passwordHash = await hashPassword(RUSH_PASSWORD);
  const members = Array.from({ length: memberCount }, (_, i) => memberName(i));
  for (let start = 0; start < members.length; start += 500) {
    const batch = members.slice(start, start + 500);
    await database.db.transaction(async (tx) => {
      const persons = await tx
        .insert(people)
        .values(
          batch.map((u) => ({ bodyId: body.bodyId, kind: 'member' as const, name: `委员${u}` })),
        )
        .returning({ personId: people.personId });
      await tx.insert(users).values(
        batch.map((username, i) => ({
          bodyId: body.bodyId,
          username,
          displayName: `委员${username}`,
          role: 'proposer' as const,
          passwordHash,
          personId: persons[i]!.personId,
        })),
      );
    });
  }
  return { bodyCode, bodyId: body.bodyId, sessionId: session.sessionId, members };
}

/**
 * A PDF of `bytes`: a real header, so the server's type sniffing accepts it, then random bytes,
 * which no storage layer can compress (like the compressed streams of a scanned document).
 */
export function pdfBytes(bytes: number): Buffer {
  const content = randomBytes(bytes);
  Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1').copy(content);
  return content;
}
