import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { randomUUID } from 'node:crypto';
import { Transactions } from '../../../../shared/application/ports/transactions';
import { checkProposal } from '../../../domain/amendment';
import { UnknownEvidenceError, UnknownThemeError } from '../../../domain/amendment.errors';
import { AmendmentStore } from '../../ports/amendment-store';
import { EvidenceLookup } from '../../ports/evidence-lookup';
import { StrategyCatalogue } from '../../ports/strategy-catalogue';
import { ProposeAmendmentCommand } from './propose-amendment.command';

/** A coordinator proposes an amendment to a theme of the current strategy version, on evidence the review has seen. */
@CommandHandler(ProposeAmendmentCommand)
export class ProposeAmendmentHandler implements ICommandHandler<ProposeAmendmentCommand, { id: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly amendments: AmendmentStore,
    private readonly strategy: StrategyCatalogue,
    private readonly evidence: EvidenceLookup,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: ProposeAmendmentCommand): Promise<{ id: string }> {
    return this.transactions.run(async (tx) => {
      const latest = await this.strategy.latestVersion(tx);
      const theme = latest ? await this.strategy.theme(tx, latest, cmd.proposal.themeCode) : null;
      if (!theme) throw new UnknownThemeError(cmd.proposal.themeCode, latest);
      checkProposal(cmd.proposal, theme);
      for (const e of cmd.proposal.evidence) if (!(await this.evidence.exists(tx, e.type, e.id))) throw new UnknownEvidenceError(e.type, e.id);
      const id = randomUUID();
      await this.amendments.insert(tx, { id, year: cmd.year, proposal: cmd.proposal, proposedBy: cmd.by, proposedAt: this.clock.now() });
      return { id };
    });
  }
}
