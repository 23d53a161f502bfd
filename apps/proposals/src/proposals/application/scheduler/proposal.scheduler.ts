import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProposalClosedV1, ProposalOpenedV1 } from '@pb/contracts';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

export const SCHEDULER_OPTIONS = Symbol('SCHEDULER_OPTIONS');
export interface SchedulerOptions {
  intervalMs: number;
  enabled: boolean;
}

const ACTOR = { role: 'system' as const, id: 'proposals.scheduler' };
const BATCH = 100;

interface TransitionRow {
  id: string;
  theme: string;
  opens_at: Date;
  closes_at: Date;
  version: number;
}

/**
 * Opens and closes consultations at their times. The schedule is the proposals table itself
 * (status + opens_at / closes_at), so nothing is lost across restarts. Each transition is a
 * conditional update (`WHERE status = 'scheduled'` / `'open'`) on rows claimed with
 * `FOR UPDATE SKIP LOCKED`: any number of scheduler instances may run, and a proposal is opened
 * and closed exactly once, its event written in the same transaction.
 */
@Injectable()
export class ProposalScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<{ opened: string[]; closed: string[] }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(SCHEDULER_OPTIONS) private readonly options: SchedulerOptions,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.enabled) return;
    const loop = async () => {
      try {
        await this.tick();
      } catch (err) {
        this.logger.error({ err: (err as Error).message }, 'consultation scheduler round failed');
      }
      if (this.timer) this.timer = setTimeout(loop, this.options.intervalMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One round: open what is due, then close what is past its closing time. */
  async tick(): Promise<{ opened: string[]; closed: string[] }> {
    // Rounds within one process run one after another; across processes the row locks decide.
    const previous = this.running ?? Promise.resolve(undefined);
    const next = previous.catch(() => undefined).then(() => this.round());
    this.running = next;
    return next;
  }

  private async round(): Promise<{ opened: string[]; closed: string[] }> {
    const now = this.clock.now();
    const opened = await this.dataSource.transaction((m) => this.openDue(m, now));
    const closed = await this.dataSource.transaction((m) => this.closeDue(m, now));
    if (opened.length || closed.length) this.logger.info({ opened, closed }, 'consultations opened/closed');
    return { opened, closed };
  }

  private async openDue(manager: EntityManager, now: Date): Promise<string[]> {
    const [rows] = await manager.query(
      `WITH due AS (
         SELECT id FROM proposals WHERE status = 'scheduled' AND opens_at <= $1 ORDER BY opens_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       UPDATE proposals p SET status = 'open', opened_at = $1, version = p.version + 1
         FROM due WHERE p.id = due.id AND p.status = 'scheduled'
       RETURNING p.id, p.theme, p.opens_at, p.closes_at, p.version`,
      [now],
    );
    const events = (rows as TransitionRow[]).map((r) =>
      createEvent(
        ProposalOpenedV1,
        { proposalId: r.id, theme: r.theme, opensAt: new Date(r.opens_at).toISOString(), closesAt: new Date(r.closes_at).toISOString(), openedAt: now.toISOString() },
        { aggregateId: r.id, aggregateVersion: r.version, actor: ACTOR, occurredAt: now },
      ),
    );
    await this.outbox.append(manager, events);
    return events.map((e) => e.aggregateId);
  }

  /**
   * Closes once the closing second has passed: a response in the closing second itself still counts
   * (closesAt 23:59:59 closes at 00:00:00), the same rule the comments service applies.
   */
  private async closeDue(manager: EntityManager, now: Date): Promise<string[]> {
    const [rows] = await manager.query(
      `WITH due AS (
         SELECT id FROM proposals WHERE status = 'open' AND closes_at < date_trunc('second', $1::timestamptz) ORDER BY closes_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       UPDATE proposals p SET status = 'closed', closed_at = $1, version = p.version + 1
         FROM due WHERE p.id = due.id AND p.status = 'open'
       RETURNING p.id, p.theme, p.closes_at, p.version`,
      [now],
    );
    const events = (rows as TransitionRow[]).map((r) =>
      createEvent(
        ProposalClosedV1,
        { proposalId: r.id, theme: r.theme, closesAt: new Date(r.closes_at).toISOString(), closedAt: now.toISOString() },
        { aggregateId: r.id, aggregateVersion: r.version, actor: ACTOR, occurredAt: now },
      ),
    );
    await this.outbox.append(manager, events);
    return events.map((e) => e.aggregateId);
  }
}
