import { Injectable } from '@nestjs/common';
import { deferUntilCommit } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ProposalFact, ResponseFact, proposalFigureKeys, respondentFigureKeys, responseFigureKeys } from '../domain/consultation-figures';
import { FigureLedger } from '../infrastructure/figure-ledger';

export interface ProposalChange {
  title?: string;
  theme?: string;
  strategyVersion?: string;
  status?: string;
  opensAt?: string;
  closesAt?: string;
  publishedAt?: string;
  answeredAt?: string;
  reportTitle?: string;
  reportResponseCount?: number;
}

const diff = (before: string[], after: string[], weight = 1): Map<string, number> => {
  const d = new Map<string, number>();
  for (const k of before) d.set(k, (d.get(k) ?? 0) - weight);
  for (const k of after) d.set(k, (d.get(k) ?? 0) + weight);
  return d;
};

/** Projects proposals and responses into their facts and the figure ledger. */
@Injectable()
export class ConsultationProjector {
  constructor(private readonly ledger: FigureLedger) {}

  async proposal(m: EntityManager, proposalId: string, change: ProposalChange): Promise<void> {
    await this.ledger.serialize(m);
    this.lockedProposals(m)?.delete(proposalId);
    await m.query(`INSERT INTO proposal_facts (proposal_id) VALUES ($1) ON CONFLICT DO NOTHING`, [proposalId]);
    const before = await this.loadProposal(m, proposalId);
    await m.query(
      `UPDATE proposal_facts SET title = coalesce($2, title), theme = coalesce($3, theme), strategy_version = coalesce($4, strategy_version),
              status = coalesce($5, status), opens_at = coalesce($6, opens_at), closes_at = coalesce($7, closes_at),
              published_at = coalesce($8, published_at), answered_at = coalesce($9, answered_at), report_title = coalesce($10, report_title),
              report_response_count = coalesce($11, report_response_count),
              year = CASE WHEN coalesce($6, opens_at) IS NULL THEN year ELSE extract(year FROM coalesce($6, opens_at) AT TIME ZONE 'Europe/Amsterdam')::int END
        WHERE proposal_id = $1`,
      [proposalId, change.title ?? null, change.theme ?? null, change.strategyVersion ?? null, change.status ?? null, change.opensAt ?? null, change.closesAt ?? null,
        change.publishedAt ?? null, change.answeredAt ?? null, change.reportTitle ?? null, change.reportResponseCount ?? null],
    );
    const after = await this.loadProposal(m, proposalId);
    await this.ledger.move(m, proposalId, proposalFigureKeys(before), proposalFigureKeys(after));
    if (before.strategyVersion !== after.strategyVersion) {
      // Responses that arrived before their proposal (another topic) move to the theme in the right version.
      const responses: ResponseFact[] = await this.responsesOf(m, proposalId);
      for (const r of responses) {
        await this.ledger.adjust(m, r.responseId, diff(responseFigureKeys(r, before.strategyVersion), responseFigureKeys(r, after.strategyVersion)));
        await this.ledger.adjust(m, r.respondentId, diff(respondentFigureKeys(r, before.strategyVersion), respondentFigureKeys(r, after.strategyVersion)));
      }
    }
  }

  async responseSubmitted(m: EntityManager, r: ResponseFact & { proposalId: string; public: boolean; parentId: string | null; status: string; submittedAt: string }): Promise<void> {
    // Lock the proposal's row first (creating a placeholder when the proposal is not known yet), so
    // this response and a concurrent ProposalPublished on another partition see each other.
    await this.ledger.serialize(m);
    const version = await this.lockProposalVersion(m, r.proposalId);
    const inserted: unknown[] = await m.query(
      `INSERT INTO response_facts (response_id, proposal_id, theme, respondent_id, on_behalf_of_organisation, public, parent_id, status, submitted_at, year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (response_id) DO NOTHING RETURNING response_id`,
      [r.responseId, r.proposalId, r.theme, r.respondentId, r.onBehalfOfOrganisation, r.public, r.parentId, r.status, r.submittedAt, r.year],
    );
    if (!inserted.length) return;
    await this.ledger.adjust(m, r.responseId, diff([], responseFigureKeys(r, version)));
    await this.ledger.adjust(m, r.respondentId, diff([], respondentFigureKeys(r, version)));
  }

  private async lockProposalVersion(m: EntityManager, proposalId: string): Promise<string | null> {
    const locked = this.lockedProposals(m);
    if (locked?.has(proposalId)) return locked.get(proposalId)!;
    const [row] = await m.query(
      `INSERT INTO proposal_facts (proposal_id) VALUES ($1) ON CONFLICT (proposal_id) DO UPDATE SET proposal_id = EXCLUDED.proposal_id RETURNING strategy_version`,
      [proposalId],
    );
    locked?.set(proposalId, row.strategy_version ?? null);
    return row.strategy_version ?? null;
  }

  /** Proposals this consumer transaction already locked, with their strategy version (many responses share one); null elsewhere. */
  private lockedProposals(m: EntityManager): Map<string, string | null> | null {
    return deferUntilCommit(m, 'proposal-locks', () => new Map<string, string | null>(), async () => undefined);
  }

  private async loadProposal(m: EntityManager, proposalId: string): Promise<ProposalFact> {
    const [row] = await m.query(
      `SELECT proposal_id, theme, strategy_version, status, opens_at, answered_at FROM proposal_facts WHERE proposal_id = $1 FOR UPDATE`,
      [proposalId],
    );
    return {
      proposalId,
      theme: row.theme,
      strategyVersion: row.strategy_version,
      status: row.status,
      opensAt: row.opens_at ? new Date(row.opens_at).toISOString() : null,
      answeredAt: row.answered_at ? new Date(row.answered_at).toISOString() : null,
    };
  }

  private async responsesOf(m: EntityManager, proposalId: string): Promise<ResponseFact[]> {
    const rows = await m.query(`SELECT response_id, theme, respondent_id, on_behalf_of_organisation, year FROM response_facts WHERE proposal_id = $1 ORDER BY response_id`, [proposalId]);
    return rows.map((r: Record<string, unknown>) => ({
      responseId: r.response_id as string,
      theme: r.theme as string,
      respondentId: r.respondent_id as string,
      onBehalfOfOrganisation: r.on_behalf_of_organisation as boolean,
      year: r.year as number,
    }));
  }
}

