import { Injectable } from '@nestjs/common';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import type { Proposal } from '../../domain/proposal.aggregate';
import { ProposalNotFoundError } from '../../domain/proposal.errors';
import { ProposalRepository } from '../ports/proposal.repository';
import { toIntegrationEvents } from './proposal-events.mapper';

/**
 * The unit of work of a coordinator's change to a published or draft proposal: one transaction that
 * locks the proposal, applies the change, saves it (keeping a replaced text version), and appends
 * its integration events to the outbox — all or nothing.
 */
@Injectable()
export class ProposalChanges {
  constructor(
    private readonly transactions: Transactions,
    private readonly proposals: ProposalRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async change(proposalId: string, coordinatorId: string, apply: (proposal: Proposal, now: Date) => void): Promise<void> {
    const now = this.clock.now();
    await this.transactions.run(async (tx) => {
      const proposal = await this.proposals.findForUpdate(tx, proposalId);
      if (!proposal) throw new ProposalNotFoundError();
      const before = proposal.version;
      apply(proposal, now);
      await this.proposals.save(tx, proposal, before);
      const events = proposal.pullEvents();
      for (const e of events) if (e.kind === 'text-corrected') await this.proposals.keepTextVersion(tx, proposalId, e.previous, e.at);
      await this.outbox.append(tx, toIntegrationEvents(proposal, events, { role: 'coordinator', id: coordinatorId }));
    });
  }
}
