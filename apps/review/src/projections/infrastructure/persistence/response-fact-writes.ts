import type { EntityManager } from 'typeorm';

/*
 * Writes to `response_facts` and `response_citations` that the live store (per consumer
 * transaction) and the bulk replay (per window) share: both gather a batch's changes per response
 * and write them in one statement each.
 */

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
