import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../db/database.js';
import { hashPassword } from '../auth/passwords.js';
import * as directoryQ from './directory.queries.js';

/**
 * An account for a proposer known only by name (from a spreadsheet or a printed digest): inactive,
 * with an unusable random password, until an administrator activates it and sets one.
 */
export async function createInactiveProposer(
  tx: DbOrTx,
  bodyId: string,
  name: string,
  kind: 'member' | 'deputy' | 'collective',
) {
  let personId: string | null = null;
  let organisationId: string | null = null;
  if (kind === 'collective') {
    organisationId = (await directoryQ.findOrCreateOrganisation(tx, bodyId, name, 'party'))
      .organisationId;
  } else {
    personId = (
      await directoryQ.insertPerson(tx, {
        bodyId,
        kind: kind === 'deputy' ? 'deputy' : 'member',
        name,
      })
    ).personId;
  }
  const user = await directoryQ.insertUser(tx, {
    bodyId,
    username: `p-${createHash('sha256').update(name).digest('hex').slice(0, 10)}`,
    displayName: name,
    role: 'proposer',
    passwordHash: await hashPassword(randomBytes(24).toString('base64url')),
    personId,
    organisationId,
    active: false,
  });
  return { userId: user.userId, displayName: name, personId, organisationId };
}
