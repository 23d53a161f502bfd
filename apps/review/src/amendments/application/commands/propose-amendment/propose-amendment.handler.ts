import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { randomUUID } from 'node:crypto';
import { Amendment } from '../../../domain/amendment';
import { UnknownEvidenceError, UnknownThemeError } from '../../../domain/amendment.errors';
import { AmendmentRepository } from '../../ports/amendment.repository';
import { EvidenceLookup } from '../../ports/evidence-lookup';
import { StrategyCatalogue } from '../../ports/strategy-catalogue';
import { ProposeAmendmentCommand } from './propose-amendment.command';

/** A coordinator proposes an amendment to a theme of the current strategy version, on evidence the review has seen. */
@CommandHandler(ProposeAmendmentCommand)
export class ProposeAmendmentHandler implements ICommandHandler<ProposeAmendmentCommand, { id: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly amendments: AmendmentRepository,
    private readonly strategy: StrategyCatalogue,
    private readonly evidence: EvidenceLookup,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: ProposeAmendmentCommand): Promise<{ id: string }> {
    return this.transactions.run(async (tx) => {
      const latest = await this.strategy.latestVersion(tx);
      const theme = latest ? await this.strategy.theme(tx, latest, cmd.proposal.themeCode) : null;
      if (!theme) throw new UnknownThemeError(cmd.proposal.themeCode, latest);
      const amendment = Amendment.propose({ id: randomUUID(), year: cmd.year, proposal: cmd.proposal, theme, by: cmd.by, at: this.clock.now() });
      for (const e of cmd.proposal.evidence) if (!(await this.evidence.exists(tx, e.type, e.id))) throw new UnknownEvidenceError(e.type, e.id);
      await this.amendments.insert(tx, amendment);
      return { id: amendment.id };
    });
  }
}
