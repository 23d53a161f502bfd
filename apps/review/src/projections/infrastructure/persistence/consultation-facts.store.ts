import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsultationFacts, ProposalChange, SubmittedResponse } from '../../application/ports/consultation-facts';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';
import { ProposalFact, ResponseFact } from '../../domain/consultation-figures';
import { AnnouncedReads } from './announced-reads';
import { insertCitations, insertResponses, writeFlags, writeStatus, writeSupport } from './response-fact-writes';

interface ProposalRow {
  proposal_id: string;
  theme: string | null;
  strategy_version: string | null;
  status: string | null;
  opens_at: Date | string | null;
  answered_at: Date | string | null;
}

const toProposal = (proposalId: string, row: ProposalRow): ProposalFact => ({
  proposalId,
  theme: row.theme,
  strategyVersion: row.strategy_version,
  status: row.status,
  opensAt: row.opens_at ? new Date(row.opens_at).toISOString() : null,
  answeredAt: row.answered_at ? new Date(row.answered_at).toISOString() : null,
});

/** Responses a consumer transaction announced, inserted but not yet answered for, and changes to write before it commits. */
interface ResponseBatch {
  expected: Map<string, SubmittedResponse>;
  added: Set<string>;
  status: Map<string, string>;
  support: Map<string, number>;
  flags: Map<string, number>;
}

interface VersionRow {
  proposal_id: string;
  strategy_version: string | null;
}

/** `proposal_facts` and `response_facts`: in a consumer's transaction, read and written per batch rather than per event. */
@Injectable()
export class ConsultationFactsStore extends ConsultationFacts {
  constructor(private readonly uow: ProjectionUnitOfWork) {
    super();
  }

  async lockProposal(tx: EntityManager, proposalId: string): Promise<ProposalFact> {
    const locks = this.lockedProposals(tx);
    await locks?.readAnnounced((ids) => this.lockVersions(tx, ids, 'change')); // every announced proposal first, in id order
    // Its strategy version may be about to change: responses later in this transaction read it again.
    locks?.known.delete(proposalId);
    await tx.query(`INSERT INTO proposal_facts (proposal_id) VALUES ($1) ON CONFLICT DO NOTHING`, [proposalId]);
    return this.loadProposal(tx, proposalId);
  }

  async changeProposal(tx: EntityManager, proposalId: string, change: ProposalChange): Promise<ProposalFact> {
    await tx.query(
      `UPDATE proposal_facts SET title = coalesce($2, title), theme = coalesce($3, theme), strategy_version = coalesce($4, strategy_version),
              status = coalesce($5, status), opens_at = coalesce($6, opens_at), closes_at = coalesce($7, closes_at),
              published_at = coalesce($8, published_at), answered_at = coalesce($9, answered_at), report_title = coalesce($10, report_title),
              report_response_count = coalesce($11, report_response_count),
              year = CASE WHEN coalesce($6, opens_at) IS NULL THEN year ELSE extract(year FROM coalesce($6, opens_at) AT TIME ZONE 'Europe/Amsterdam')::int END
        WHERE proposal_id = $1`,
      [proposalId, change.title ?? null, change.theme ?? null, change.strategyVersion ?? null, change.status ?? null, change.opensAt ?? null, change.closesAt ?? null,
        change.publishedAt ?? null, change.answeredAt ?? null, change.reportTitle ?? null, change.reportResponseCount ?? null],
    );
    return this.loadProposal(tx, proposalId);
  }

  async lockProposalVersion(tx: EntityManager, proposalId: string): Promise<string | null> {
    const locks = this.lockedProposals(tx);
    // The proposals of every announced response come along in the same statement.
    if (locks) return (await locks.get(proposalId, (ids) => this.lockVersions(tx, ids, 'read'))) ?? null;
    return (await this.lockVersions(tx, [proposalId], 'read')).get(proposalId) ?? null;
  }

  expectProposals(tx: EntityManager, proposalIds: string[]): void {
    this.lockedProposals(tx)?.expect(proposalIds);
  }

  expectResponses(tx: EntityManager, responses: SubmittedResponse[]): void {
    const batch = this.responses(tx);
    if (!batch) return;
    this.lockedProposals(tx)!.expect(responses.map((r) => r.proposalId));
    for (const r of responses) if (!batch.added.has(r.responseId)) batch.expected.set(r.responseId, r);
  }

  async responsesOf(tx: EntityManager, proposalId: string): Promise<ResponseFact[]> {
    const rows = await tx.query(`SELECT response_id, theme, respondent_id, on_behalf_of_organisation, year FROM response_facts WHERE proposal_id = $1 ORDER BY response_id`, [proposalId]);
    return rows.map((r: Record<string, unknown>) => ({
      responseId: r.response_id as string,
      theme: r.theme as string,
      respondentId: r.respondent_id as string,
      onBehalfOfOrganisation: r.on_behalf_of_organisation as boolean,
      year: r.year as number,
    }));
  }

  async addResponse(tx: EntityManager, r: SubmittedResponse): Promise<boolean> {
    const batch = this.responses(tx);
    if (batch?.expected.has(r.responseId)) {
      // The first announced response to be added inserts all announced ones, their proposals
      // locked first (as each response's own handler would have done).
      await this.lockedProposals(tx)!.readAnnounced((ids) => this.lockVersions(tx, ids, 'read'));
      const all = [...batch.expected.values()];
      batch.expected.clear();
      for (const id of await this.insertResponses(tx, all)) batch.added.add(id);
    }
    // Inserted by this transaction and not yet answered for: this handler's response is new.
    if (batch?.added.delete(r.responseId)) return true;
    return (await this.insertResponses(tx, [r])).length > 0;
  }

  async addCitations(tx: EntityManager, responseId: string, cited: { bwbId: string; article?: string }[]): Promise<void> {
    await insertCitations(tx, cited.map((c) => ({ responseId, ...c })));
  }

  async setResponseStatus(tx: EntityManager, responseId: string, status: 'published' | 'rejected'): Promise<void> {
    const batch = this.responses(tx);
    if (batch) batch.status.set(responseId, status);
    else await writeStatus(tx, new Map([[responseId, status]]));
  }

  async raiseSupport(tx: EntityManager, responseId: string, supportCount: number): Promise<void> {
    const batch = this.responses(tx);
    if (batch) batch.support.set(responseId, Math.max(supportCount, batch.support.get(responseId) ?? 0));
    else await writeSupport(tx, new Map([[responseId, supportCount]]));
  }

  async countFlag(tx: EntityManager, responseId: string): Promise<void> {
    const batch = this.responses(tx);
    if (batch) batch.flags.set(responseId, (batch.flags.get(responseId) ?? 0) + 1);
    else await writeFlags(tx, new Map([[responseId, 1]]));
  }

  /** Inserts responses (and the regulations they cite) in one statement each; the ids that were new. */
  private async insertResponses(tx: EntityManager, all: SubmittedResponse[]): Promise<string[]> {
    const list = [...all].sort((a, b) => (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0));
    const added = await insertResponses(tx, list);
    await insertCitations(tx, list.filter((r) => added.has(r.responseId)).flatMap((r) => (r.citedRegulations ?? []).map((c) => ({ responseId: r.responseId, ...c }))));
    return [...added];
  }

  /**
   * Locks proposals' rows in id order (placeholders for any not known yet); their strategy versions.
   * A writer lock to `change` a proposal (its events), a shared one to `read` it (responses to it):
   * responses to one proposal arrive on every partition, and with a shared lock their batches no
   * longer wait for each other, only for a change of the proposal (which waits for them in turn).
   */
  private async lockVersions(tx: EntityManager, proposalIds: string[], mode: 'change' | 'read'): Promise<Map<string, string | null>> {
    const ids = [...new Set(proposalIds)].sort();
    let rows: VersionRow[];
    if (mode === 'change') {
      // One round trip: the no-op update on conflict locks the existing rows and returns them.
      rows = await tx.query(
        `INSERT INTO proposal_facts (proposal_id) SELECT id FROM unnest($1::uuid[]) AS u(id) ORDER BY id
         ON CONFLICT (proposal_id) DO UPDATE SET proposal_id = EXCLUDED.proposal_id RETURNING proposal_id, strategy_version`,
        [ids],
      );
    } else {
      await tx.query(`INSERT INTO proposal_facts (proposal_id) SELECT id FROM unnest($1::uuid[]) AS u(id) ORDER BY id ON CONFLICT DO NOTHING`, [ids]);
      rows = await tx.query(
        `SELECT proposal_id, strategy_version FROM proposal_facts WHERE proposal_id = ANY($1::uuid[]) ORDER BY proposal_id FOR SHARE`,
        [ids],
      );
    }
    return new Map(rows.map((row) => [row.proposal_id, row.strategy_version ?? null]));
  }

  private async loadProposal(tx: EntityManager, proposalId: string): Promise<ProposalFact> {
    const [row]: ProposalRow[] = await tx.query(
      `SELECT proposal_id, theme, strategy_version, status, opens_at, answered_at FROM proposal_facts WHERE proposal_id = $1 FOR UPDATE`,
      [proposalId],
    );
    return toProposal(proposalId, row);
  }

  /** Proposals this consumer transaction already locked, with their strategy version (many responses share one); null elsewhere. */
  private lockedProposals(tx: EntityManager): AnnouncedReads<string | null> | null {
    return this.uow.batch(tx, 'proposal-locks', () => new AnnouncedReads<string | null>());
  }

  /** This consumer transaction's responses: announced, inserted, and the changes written before it commits; null elsewhere. */
  private responses(tx: EntityManager): ResponseBatch | null {
    return this.uow.batch(
      tx,
      'response-facts',
      () => ({ expected: new Map(), added: new Set(), status: new Map(), support: new Map(), flags: new Map() }),
      async (b) => {
        await writeStatus(tx, b.status);
        await writeSupport(tx, b.support);
        await writeFlags(tx, b.flags);
      },
    );
  }
}
