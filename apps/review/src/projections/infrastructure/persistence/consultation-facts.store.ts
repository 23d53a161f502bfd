import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsultationFacts, ProposalChange, SubmittedResponse } from '../../application/ports/consultation-facts';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';
import { ProposalFact, ResponseFact } from '../../domain/consultation-figures';

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

/** `proposal_facts` and `response_facts`. */
@Injectable()
export class ConsultationFactsStore extends ConsultationFacts {
  constructor(private readonly uow: ProjectionUnitOfWork) {
    super();
  }

  async lockProposal(tx: EntityManager, proposalId: string): Promise<ProposalFact> {
    // Its strategy version may be about to change: responses later in this transaction read it again.
    this.lockedProposals(tx)?.delete(proposalId);
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
    const locked = this.lockedProposals(tx);
    if (locked?.has(proposalId)) return locked.get(proposalId)!;
    const [row] = await tx.query(
      `INSERT INTO proposal_facts (proposal_id) VALUES ($1) ON CONFLICT (proposal_id) DO UPDATE SET proposal_id = EXCLUDED.proposal_id RETURNING strategy_version`,
      [proposalId],
    );
    locked?.set(proposalId, row.strategy_version ?? null);
    return row.strategy_version ?? null;
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
    const inserted: unknown[] = await tx.query(
      `INSERT INTO response_facts (response_id, proposal_id, theme, respondent_id, on_behalf_of_organisation, public, parent_id, status, submitted_at, year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (response_id) DO NOTHING RETURNING response_id`,
      [r.responseId, r.proposalId, r.theme, r.respondentId, r.onBehalfOfOrganisation, r.public, r.parentId, r.status, r.submittedAt, r.year],
    );
    if (!inserted.length) return false;
    await this.addCitations(tx, r.responseId, r.citedRegulations ?? []);
    return true;
  }

  async addCitations(tx: EntityManager, responseId: string, cited: { bwbId: string; article?: string }[]): Promise<void> {
    if (!cited.length) return;
    // A response is a row of its own whatever cites what: the response's text and each attachment add to one set.
    await tx.query(`INSERT INTO response_citations (response_id, bwb_id, article) SELECT $1, * FROM unnest($2::text[], $3::text[]) ON CONFLICT DO NOTHING`, [
      responseId,
      cited.map((c) => c.bwbId),
      cited.map((c) => c.article ?? ''),
    ]);
  }

  async setResponseStatus(tx: EntityManager, responseId: string, status: 'published' | 'rejected'): Promise<void> {
    await tx.query(`UPDATE response_facts SET status = $2 WHERE response_id = $1`, [responseId, status]);
  }

  async raiseSupport(tx: EntityManager, responseId: string, supportCount: number): Promise<void> {
    await tx.query(`UPDATE response_facts SET support_count = greatest(support_count, $2) WHERE response_id = $1`, [responseId, supportCount]);
  }

  async countFlag(tx: EntityManager, responseId: string): Promise<void> {
    await tx.query(`UPDATE response_facts SET flags = flags + 1 WHERE response_id = $1`, [responseId]);
  }

  private async loadProposal(tx: EntityManager, proposalId: string): Promise<ProposalFact> {
    const [row]: ProposalRow[] = await tx.query(
      `SELECT proposal_id, theme, strategy_version, status, opens_at, answered_at FROM proposal_facts WHERE proposal_id = $1 FOR UPDATE`,
      [proposalId],
    );
    return toProposal(proposalId, row);
  }

  /** Proposals this consumer transaction already locked, with their strategy version (many responses share one); null elsewhere. */
  private lockedProposals(tx: EntityManager): Map<string, string | null> | null {
    return this.uow.batch(tx, 'proposal-locks', () => new Map<string, string | null>());
  }
}
