import { Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionRegistry, RetentionTask, type Tx } from '@pb/persistence';
import { LoketEnv } from '../../../../config/loket.env';
import { ReporterContactRetention } from '../../ports/reporter-contact-retention';

const DAY_MS = 86_400_000;

/**
 * Reporters' contact details go LOKET_CONTACT_RETENTION_DAYS after their report ended (the rule
 * in ReporterContactRetention). Runs with the service's other retention tasks: on the pruner's
 * schedule, in batches, one replica at a time.
 */
@Injectable()
export class EraseEndedContactsTask implements RetentionTask, OnModuleInit {
  readonly name = 'loket.reporter-contacts';

  constructor(
    private readonly registry: RetentionRegistry,
    private readonly contacts: ReporterContactRetention,
    private readonly env: LoketEnv,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  pruneBatch(manager: Tx, now: Date, limit: number): Promise<number> {
    const endedBefore = new Date(now.getTime() - this.env.LOKET_CONTACT_RETENTION_DAYS * DAY_MS);
    return this.contacts.eraseEndedContacts(manager, endedBefore, now, limit);
  }
}
