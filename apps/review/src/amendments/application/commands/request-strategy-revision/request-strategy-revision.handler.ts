import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { StrategyRevisionRequestedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { randomUUID } from 'node:crypto';
import { nextStrategyVersion } from '../../../domain/amendment';
import { NoAcceptedAmendmentsError } from '../../../domain/amendment.errors';
import { StrategyCatalogue } from '../../ports/strategy-catalogue';
import { StrategyRevisionRequests } from '../../ports/strategy-revision-requests';
import { RequestStrategyRevisionCommand, RevisionRequestView } from './request-strategy-revision.command';

/**
 * Asks the proposals service (owner of strategy versions) for the next version made of the year's
 * accepted amendments not asked for before: by event, through the outbox, in the same transaction
 * that marks them as asked for.
 */
@CommandHandler(RequestStrategyRevisionCommand)
export class RequestStrategyRevisionHandler implements ICommandHandler<RequestStrategyRevisionCommand, RevisionRequestView> {
  constructor(
    private readonly transactions: Transactions,
    private readonly requests: StrategyRevisionRequests,
    private readonly strategy: StrategyCatalogue,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: RequestStrategyRevisionCommand): Promise<RevisionRequestView> {
    return this.transactions.run(async (tx) => {
      await this.requests.lockVersionNumbers(tx); // version numbers are handed out one at a time
      const accepted = await this.requests.acceptedNotRequested(tx, cmd.year);
      if (!accepted.length) throw new NoAcceptedAmendmentsError(cmd.year);
      const latest = await this.strategy.latestVersion(tx);
      const taken = new Set<string>([...(await this.strategy.publishedVersions(tx)), ...(await this.requests.requestedVersions(tx))]);
      const id = randomUUID();
      const baseVersion = latest as string;
      const newVersion = nextStrategyVersion(cmd.year, taken);
      const now = this.clock.now();
      const ids = accepted.map((a) => a.id);
      await this.requests.insertRevisionRequest(tx, { id, year: cmd.year, baseVersion, newVersion, requestedBy: cmd.by, requestedAt: now }, ids);
      const payload: StrategyRevisionRequestedV1 = {
        baseVersion,
        newVersion,
        year: cmd.year,
        amendments: accepted.map((a) => ({
          amendmentId: a.id,
          kind: a.kind as StrategyRevisionRequestedV1['amendments'][number]['kind'],
          themeCode: a.themeCode,
          ...(a.actionIndex !== null ? { actionIndex: a.actionIndex } : {}),
          ...(a.text !== null ? { text: a.text } : {}),
          summary: a.summary,
        })),
      };
      await this.outbox.append(tx, [createEvent(StrategyRevisionRequestedV1, payload, { aggregateId: id, aggregateVersion: 1, actor: { role: 'coordinator', id: cmd.by }, occurredAt: now })]);
      return { id, year: cmd.year, baseVersion, newVersion, amendments: ids };
    });
  }
}
