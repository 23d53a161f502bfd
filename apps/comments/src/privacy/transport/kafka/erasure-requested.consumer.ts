import { Injectable } from '@nestjs/common';
import { ErasureRequestedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ErasePersonHandler } from '../../application/commands/erase-person/erase-person.handler';

/** Erases a person when the coordinator (review service, privacy module) asks every service to. */
@Injectable()
export class ErasureRequestedConsumer implements EventConsumer {
  readonly events = [ErasureRequestedV1];

  constructor(private readonly erasePerson: ErasePersonHandler) {}

  async handle(event: EventEnvelope<ErasureRequestedV1>, manager: EntityManager): Promise<void> {
    await this.erasePerson.execute(event, manager);
  }
}
