import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { BackgroundLoop } from '@pb/observability';
import type { Logger } from 'pino';
import { LoketEnv } from '../../../config/loket.env';
import { RemindDeadlinesCommand, RemindDeadlinesResult } from '../../application/commands/remind-deadlines/remind-deadlines.command';

/**
 * The timer of the deadline reminder job: every LOKET_DEADLINE_REMINDER_INTERVAL_MS one round
 * (RemindDeadlinesCommand). Every replica may run it; a failed round is logged and the next tried.
 */
@Injectable()
export class DeadlineReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    private readonly commands: CommandBus,
    private readonly env: LoketEnv,
    @Inject(SERVICE_LOGGER) logger: Logger,
  ) {
    this.loop = new BackgroundLoop({
      pass: () => this.tick(),
      intervalMs: env.LOKET_DEADLINE_REMINDER_INTERVAL_MS,
      logger,
      failureMessage: 'deadline reminder round failed',
    });
  }

  onApplicationBootstrap(): void {
    if (this.env.LOKET_DEADLINE_REMINDER_ENABLED) this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One round now (what tests and operators call instead of waiting for the timer). */
  tick(): Promise<RemindDeadlinesResult> {
    return this.commands.execute<RemindDeadlinesCommand, RemindDeadlinesResult>(new RemindDeadlinesCommand());
  }
}
