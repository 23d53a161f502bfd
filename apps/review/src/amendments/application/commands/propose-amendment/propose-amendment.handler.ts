import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { AmendmentProposedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { findCitations } from '@pb/regulations';
import { randomUUID } from 'node:crypto';
import { Amendment } from '../../../domain/amendment';
import { UnknownEvidenceError, UnknownThemeError } from '../../../domain/amendment.errors';
import { AmendmentCitations, Citation } from '../../ports/amendment-citations';
import { AmendmentRepository } from '../../ports/amendment.repository';
import { EvidenceLookup } from '../../ports/evidence-lookup';
import { StrategyCatalogue } from '../../ports/strategy-catalogue';
import { ProposeAmendmentCommand } from './propose-amendment.command';

/**
 * A coordinator proposes an amendment to a theme of the current strategy version, on evidence the
 * review has seen. The regulations it cites (its evidence's, and those its text names with an
 * article) go into the regulation index, and AmendmentProposed into the outbox, in the same
 * transaction as the amendment.
 */
@CommandHandler(ProposeAmendmentCommand)
export class ProposeAmendmentHandler implements ICommandHandler<ProposeAmendmentCommand, { id: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly amendments: AmendmentRepository,
    private readonly strategy: StrategyCatalogue,
    private readonly evidence: EvidenceLookup,
    private readonly citations: AmendmentCitations,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: ProposeAmendmentCommand): Promise<{ id: string }> {
    return this.transactions.run(async (tx) => {
      const latest = await this.strategy.latestVersion(tx);
      const theme = latest ? await this.strategy.theme(tx, latest, cmd.proposal.themeCode) : null;
      if (!theme) throw new UnknownThemeError(cmd.proposal.themeCode, latest);
      const now = this.clock.now();
      const amendment = Amendment.propose({ id: randomUUID(), year: cmd.year, proposal: cmd.proposal, theme, by: cmd.by, at: now });
      const cited = new Map<string, Citation>();
      const cite = (c: Citation): void => void (cited.has(`${c.bwbId}|${c.article ?? ''}`) || cited.set(`${c.bwbId}|${c.article ?? ''}`, c));
      for (const e of cmd.proposal.evidence) {
        if (!(await this.evidence.exists(tx, e.type, e.id))) throw new UnknownEvidenceError(e.type, e.id);
        (await this.evidence.regulationsOf(tx, e.type, e.id)).forEach(cite);
      }
      findCitations([cmd.proposal.summary, cmd.proposal.text ?? ''].join('\n')).forEach(cite);
      await this.amendments.insert(tx, amendment);
      await this.citations.record(tx, amendment.id, [...cited.values()]);
      const p = cmd.proposal;
      const payload: AmendmentProposedV1 = {
        amendmentId: amendment.id,
        year: cmd.year,
        kind: p.kind,
        themeCode: p.themeCode,
        ...(p.actionIndex !== undefined ? { actionIndex: p.actionIndex } : {}),
        evidence: p.evidence.map((e) => ({ type: e.type, id: e.id })),
        citedRegulations: [...cited.values()],
        proposedAt: now.toISOString(),
      };
      await this.outbox.append(tx, [createEvent(AmendmentProposedV1, payload, { aggregateId: amendment.id, aggregateVersion: 1, actor: { role: 'coordinator', id: cmd.by }, occurredAt: now })]);
      return { id: amendment.id };
    });
  }
}
