import { Injectable } from '@nestjs/common';
import type { Tx } from '@pb/persistence';
import { ResponseFact, proposalFigureKeys, respondentFigureKeys, responseFigureKeys } from '../../domain/consultation-figures';
import { ConsultationFacts, ProposalChange, SubmittedResponse } from '../ports/consultation-facts';
import { FigureLedger } from '../ports/figure-ledger';

const diff = (before: string[], after: string[], weight = 1): Map<string, number> => {
  const d = new Map<string, number>();
  for (const k of before) d.set(k, (d.get(k) ?? 0) - weight);
  for (const k of after) d.set(k, (d.get(k) ?? 0) + weight);
  return d;
};

/** Projects proposals and responses into their facts and the figure ledger. */
@Injectable()
export class ConsultationProjector {
  constructor(
    private readonly facts: ConsultationFacts,
    private readonly ledger: FigureLedger,
  ) {}

  /** Announces the proposals a batch's events are about to change (locked together, in id order). */
  expectProposals(tx: Tx, proposalIds: string[]): void {
    this.facts.expectProposals(tx, proposalIds);
  }

  async proposal(tx: Tx, proposalId: string, change: ProposalChange): Promise<void> {
    const before = await this.facts.lockProposal(tx, proposalId);
    const after = await this.facts.changeProposal(tx, proposalId, change);
    await this.ledger.move(tx, proposalId, proposalFigureKeys(before), proposalFigureKeys(after));
    if (before.strategyVersion !== after.strategyVersion) {
      // Responses that arrived before their proposal (another topic) move to the theme in the right version.
      const responses: ResponseFact[] = await this.facts.responsesOf(tx, proposalId);
      for (const r of responses) {
        await this.ledger.adjust(tx, r.responseId, diff(responseFigureKeys(r, before.strategyVersion), responseFigureKeys(r, after.strategyVersion)));
        await this.ledger.adjust(tx, r.respondentId, diff(respondentFigureKeys(r, before.strategyVersion), respondentFigureKeys(r, after.strategyVersion)));
      }
    }
  }

  /**
   * Announces the responses a batch is about to add: their proposals are then locked, and the
   * responses inserted, in one statement each rather than one per response.
   */
  expectResponses(tx: Tx, responses: SubmittedResponse[]): void {
    this.facts.expectResponses(tx, responses);
  }

  async responseSubmitted(tx: Tx, r: SubmittedResponse): Promise<void> {
    // Lock the proposal's row first (creating a placeholder when the proposal is not known yet), so
    // this response and a concurrent ProposalPublished on another partition see each other.
    const version = await this.facts.lockProposalVersion(tx, r.proposalId);
    if (!(await this.facts.addResponse(tx, r))) return;
    await this.ledger.adjust(tx, r.responseId, diff([], responseFigureKeys(r, version)));
    await this.ledger.adjust(tx, r.respondentId, diff([], respondentFigureKeys(r, version)));
  }
}
