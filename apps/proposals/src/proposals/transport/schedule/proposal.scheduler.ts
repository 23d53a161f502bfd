import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { BackgroundLoop } from '@pb/observability';
import type { Logger } from 'pino';
import { AdvanceScheduleCommand, ScheduleRound } from '../../application/commands/advance-schedule/advance-schedule.command';

export const SCHEDULER_OPTIONS = Symbol('SCHEDULER_OPTIONS');
export interface SchedulerOptions {
  intervalMs: number;
  enabled: boolean;
}

/**
 * The timer that drives the consultation schedule: every `intervalMs` it issues AdvanceScheduleCommand,
 * whose handler opens and closes what is due. A failed round is logged and the next one tried.
 */
@Injectable()
export class ProposalScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    private readonly commands: CommandBus,
    @Inject(SCHEDULER_OPTIONS) private readonly options: SchedulerOptions,
    @Inject(SERVICE_LOGGER) logger: Logger,
  ) {
    this.loop = new BackgroundLoop({
      pass: () => this.tick(),
      intervalMs: options.intervalMs,
      firstPassAfterMs: 0,
      logger,
      failureMessage: 'consultation scheduler round failed',
    });
  }

  onApplicationBootstrap(): void {
    if (this.options.enabled) this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One round now (also what tests and operators call instead of waiting for the timer). */
  tick(): Promise<ScheduleRound> {
    return this.commands.execute<AdvanceScheduleCommand, ScheduleRound>(new AdvanceScheduleCommand());
  }
}
