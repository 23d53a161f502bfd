import { Inject } from '@nestjs/common';
import { Transactions, type Tx } from '@pb/persistence';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProposalClosedV1, ProposalOpenedV1 } from '@pb/contracts';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { Logger } from 'pino';
import { ProposalRepository } from '../../ports/proposal.repository';
import { AdvanceScheduleCommand, ScheduleRound } from './advance-schedule.command';

const ACTOR = { role: 'system' as const, id: 'proposals.scheduler' };
const BATCH = 100;

/**
 * Opens and closes consultations at their times. The schedule is the proposals table itself
 * (status + opens_at / closes_at), so nothing is lost across restarts. Each transition is a
 * conditional update on rows claimed with `FOR UPDATE SKIP LOCKED` (see ProposalRepository.openDue):
 * any number of replicas may run rounds, and a proposal is opened and closed exactly once, its event
 * written in the same transaction.
 */
@CommandHandler(AdvanceScheduleCommand)
export class AdvanceScheduleHandler implements ICommandHandler<AdvanceScheduleCommand, ScheduleRound> {
  private running?: Promise<ScheduleRound>;

  constructor(
    private readonly transactions: Transactions,
    private readonly proposals: ProposalRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  /** One round: open what is due, then close what is past its closing time. */
  execute(_command: AdvanceScheduleCommand): Promise<ScheduleRound> {
    // Rounds within one process run one after another; across processes the row locks decide.
    const previous = this.running ?? Promise.resolve(undefined);
    const next = previous.catch(() => undefined).then(() => this.round());
    this.running = next;
    return next;
  }

  private async round(): Promise<ScheduleRound> {
    const now = this.clock.now();
    const opened = await this.transactions.run((tx) => this.openDue(tx, now));
    const closed = await this.transactions.run((tx) => this.closeDue(tx, now));
    if (opened.length || closed.length) this.logger.info({ opened, closed }, 'consultations opened/closed');
    return { opened, closed };
  }

  private async openDue(tx: Tx, now: Date): Promise<string[]> {
    const events = (await this.proposals.openDue(tx, now, BATCH)).map((p) =>
      createEvent(
        ProposalOpenedV1,
        { proposalId: p.id, theme: p.theme, opensAt: p.opensAt.toISOString(), closesAt: p.closesAt.toISOString(), openedAt: now.toISOString() },
        { aggregateId: p.id, aggregateVersion: p.version, actor: ACTOR, occurredAt: now },
      ),
    );
    await this.outbox.append(tx, events);
    return events.map((e) => e.aggregateId);
  }

  private async closeDue(tx: Tx, now: Date): Promise<string[]> {
    const events = (await this.proposals.closeDue(tx, now, BATCH)).map((p) =>
      createEvent(
        ProposalClosedV1,
        { proposalId: p.id, theme: p.theme, closesAt: p.closesAt.toISOString(), closedAt: now.toISOString() },
        { aggregateId: p.id, aggregateVersion: p.version, actor: ACTOR, occurredAt: now },
      ),
    );
    await this.outbox.append(tx, events);
    return events.map((e) => e.aggregateId);
  }
}
