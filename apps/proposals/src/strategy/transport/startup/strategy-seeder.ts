import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SeedStrategyCommand } from '../../application/commands/seed-strategy/seed-strategy.command';

/**
 * At start, before the service serves anyone: the seed version if there is none yet. (The global
 * CqrsModule's bootstrap hook, which registers the handlers, runs before any feature module's.)
 */
@Injectable()
export class StrategySeeder implements OnApplicationBootstrap {
  constructor(private readonly commands: CommandBus) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seed();
  }

  /** True when this call stored and published the seed. */
  seed(): Promise<boolean> {
    return this.commands.execute<SeedStrategyCommand, boolean>(new SeedStrategyCommand());
  }
}
