import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import type { Logger } from 'pino';
import { LoketEnv } from '../../../config/loket.env';
import { RemindDeadlinesCommand, RemindDeadlinesResult } from '../../application/commands/remind-deadlines/remind-deadlines.command';

/**
 * The timer of the deadline reminder job: every LOKET_DEADLINE_REMINDER_INTERVAL_MS one round
 * (RemindDeadlinesCommand). Every replica may run it; a failed round is logged and the next tried.
 */
@Injectable()
export class DeadlineReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<RemindDeadlinesResult>;

  constructor(
    private readonly commands: CommandBus,
    private readonly env: LoketEnv,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.LOKET_DEADLINE_REMINDER_ENABLED) return;
    const loop = async () => {
      try {
        await this.tick();
      } catch (err) {
        this.logger.error({ err: (err as Error).message }, 'deadline reminder round failed');
      }
      if (this.timer) this.timer = setTimeout(loop, this.env.LOKET_DEADLINE_REMINDER_INTERVAL_MS);
    };
    this.timer = setTimeout(loop, this.env.LOKET_DEADLINE_REMINDER_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One round now (what tests and operators call instead of waiting for the timer). */
  tick(): Promise<RemindDeadlinesResult> {
    this.running = this.commands.execute<RemindDeadlinesCommand, RemindDeadlinesResult>(new RemindDeadlinesCommand());
    return this.running;
  }
}
