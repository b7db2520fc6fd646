import type { BaseContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import { findBody } from '../admin/bodies.queries.js';
import { createInactiveProposer } from '../admin/proposer-accounts.js';
import { recordEvent } from '../events/events.queries.js';
import { proposerUsersByName } from '../imports/imports.queries.js';
import { insertProposal } from '../proposals/proposals.queries.js';
import { refreshSearchIndex } from '../search/search-index.js';
import { parseDigest, type UnplacedLine } from './digest/index.js';
import { keepImportedHeading } from './speech-digest.service.js';
import * as q from './speeches.queries.js';

export interface DigestImportResult {
  speeches: {
    position: number;
    title: string;
    speakerName: string;
    warnings: string[];
    proposalId: string | null;
  }[];
  unplaced: UnplacedLine[];
}

/**
 * Imports a newspaper speech digest into a session as plenary speeches, in one transaction; with
 * `asProposals`, each speech also becomes a submitted proposal of its speaker (an inactive account
 * is made for a speaker without one), linked to the speech. What the parser could not place, and
 * the speeches it flagged, are reported, never dropped silently.
 */
export function importDigest(
  ctx: BaseContext,
  input: { bodyId: string; sessionId: string; text: string; asProposals: boolean },
): Promise<DigestImportResult> {
  const digest = parseDigest(input.text);
  return inTransaction(ctx, async (tx) => {
    const body = (await findBody(tx, input.bodyId))!;
    const accounts = new Map(
      (await proposerUsersByName(tx, input.bodyId)).map((u) => [u.displayName, u]),
    );
    let position = await q.nextPosition(tx, input.bodyId, input.sessionId);
    const now = ctx.now();
    await keepImportedHeading(tx, input.bodyId, input.sessionId, digest.heading, now);
    const result: DigestImportResult = { speeches: [], unplaced: digest.unplaced };
    for (const s of digest.speeches) {
      const speech = await q.insertSpeech(tx, {
        bodyId: input.bodyId,
        sessionId: input.sessionId,
        position: position++,
        titleLines: s.titleLines,
        speakerName: s.speakerName,
        speakerKind: s.speakerKind,
        affiliation: s.affiliation,
        deliveredBy: s.deliveredBy,
        problem: s.problem,
        suggestions: s.suggestions,
        source: 'digest',
        state: 'selected',
        createdAt: now,
      });
      let proposalId: string | null = null;
      if (input.asProposals) {
        const kind =
          s.speakerKind === 'organisation'
            ? 'collective'
            : body.kind === 'npc'
              ? 'deputy'
              : 'member';
        const owner =
          accounts.get(s.speakerName) ??
          (await createInactiveProposer(tx, input.bodyId, s.speakerName, kind));
        accounts.set(s.speakerName, owner);
        const proposal = await insertProposal(tx, {
          bodyId: input.bodyId,
          sessionId: input.sessionId,
          kind: body.kind === 'npc' ? 'suggestion' : 'proposal',
          proposerType: kind === 'collective' ? 'collective' : 'individual',
          ownerUserId: owner.userId,
          leadPersonId: owner.personId,
          leadOrganisationId: owner.organisationId,
          title: s.title,
          problem: s.problem,
          suggestions: s.suggestions,
          state: 'submitted',
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        proposalId = proposal.proposalId;
        await q.linkProposal(tx, input.bodyId, speech.speechId, proposalId);
        await refreshSearchIndex(tx, input.bodyId, proposalId);
        await recordEvent(tx, {
          bodyId: input.bodyId,
          proposalId,
          entity: 'proposal',
          entityId: proposalId,
          action: 'import',
          toState: 'submitted',
          payload: { from: 'speech digest', speechId: speech.speechId },
          at: now,
        });
      }
      result.speeches.push({
        position: speech.position ?? 0,
        title: s.title,
        speakerName: s.speakerName,
        warnings: s.warnings,
        proposalId,
      });
    }
    return result;
  });
}
