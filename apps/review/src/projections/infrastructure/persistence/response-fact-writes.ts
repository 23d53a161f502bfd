import type { EntityManager } from 'typeorm';
import type { SubmittedResponse } from '../../application/ports/consultation-facts';

/*
 * Writes to `response_facts` and `response_citations` that the live store (per consumer
 * transaction) and the bulk replay (per window) share: both gather a batch's changes per response
 * and write them in one statement each.
 */

/** Inserts responses not known yet, in one statement; the ids that were new. */
export async function insertResponses(tx: EntityManager, list: SubmittedResponse[]): Promise<Set<string>> {
  if (!list.length) return new Set();
  const col = <T>(pick: (r: SubmittedResponse) => T): T[] => list.map(pick);
  const inserted: { response_id: string }[] = await tx.query(
    `INSERT INTO response_facts (response_id, proposal_id, theme, respondent_id, on_behalf_of_organisation, public, parent_id, status, submitted_at, year)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::boolean[], $6::boolean[], $7::uuid[], $8::text[], $9::timestamptz[], $10::int[])
     ON CONFLICT (response_id) DO NOTHING RETURNING response_id`,
    [
      col((r) => r.responseId), col((r) => r.proposalId), col((r) => r.theme), col((r) => r.respondentId), col((r) => r.onBehalfOfOrganisation),
      col((r) => r.public), col((r) => r.parentId), col((r) => r.status), col((r) => r.submittedAt), col((r) => r.year),
    ],
  );
  return new Set(inserted.map((row) => row.response_id));
}

/**
 * Adds regulations responses cite, each once per response: a response is a row of its own
 * whatever cites what (its text and each attachment add to one set).
 */
export async function insertCitations(tx: EntityManager, cited: { responseId: string; bwbId: string; article?: string }[]): Promise<void> {
  if (!cited.length) return;
  await tx.query(`INSERT INTO response_citations (response_id, bwb_id, article) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`, [
    cited.map((c) => c.responseId),
    cited.map((c) => c.bwbId),
    cited.map((c) => c.article ?? ''),
  ]);
}

/** The last status given wins. */
export async function writeStatus(tx: EntityManager, status: Map<string, string>): Promise<void> {
  if (!status.size) return;
  await tx.query(`UPDATE response_facts f SET status = u.status FROM unnest($1::uuid[], $2::text[]) AS u(id, status) WHERE f.response_id = u.id`, [
    [...status.keys()],
    [...status.values()],
  ]);
}

/** The highest support count seen (events carry the running total, so the order does not matter). */
export async function writeSupport(tx: EntityManager, support: Map<string, number>): Promise<void> {
  if (!support.size) return;
  await tx.query(
    `UPDATE response_facts f SET support_count = greatest(f.support_count, u.n) FROM unnest($1::uuid[], $2::int[]) AS u(id, n) WHERE f.response_id = u.id`,
    [[...support.keys()], [...support.values()]],
  );
}

export async function writeFlags(tx: EntityManager, flags: Map<string, number>): Promise<void> {
  if (!flags.size) return;
  await tx.query(`UPDATE response_facts f SET flags = f.flags + u.n FROM unnest($1::uuid[], $2::int[]) AS u(id, n) WHERE f.response_id = u.id`, [
    [...flags.keys()],
    [...flags.values()],
  ]);
}
