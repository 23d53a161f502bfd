import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
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
  private timer?: NodeJS.Timeout;
  private running?: Promise<ScheduleRound>;

  constructor(
    private readonly commands: CommandBus,
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

  /** One round now (also what tests and operators call instead of waiting for the timer). */
  tick(): Promise<ScheduleRound> {
    this.running = this.commands.execute<AdvanceScheduleCommand, ScheduleRound>(new AdvanceScheduleCommand());
    return this.running;
  }
}
