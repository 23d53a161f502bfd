import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventEnvelope, StrategyRevisionRequestedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ApplyStrategyRevisionCommand } from '../../application/commands/apply-strategy-revision/apply-strategy-revision.command';

/** A review asks for the next strategy version with its accepted amendments. */
@Injectable()
export class StrategyRevisionRequestedConsumer implements EventConsumer {
  readonly events = [StrategyRevisionRequestedV1];

  constructor(private readonly commands: CommandBus) {}

  async handle(event: EventEnvelope<StrategyRevisionRequestedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.commands.execute(new ApplyStrategyRevisionCommand(p.baseVersion, p.newVersion, p.amendments, event.actor.id, manager));
  }
}
