import { Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionRegistry, RetentionTask, type Tx } from '@pb/persistence';
import { LoketEnv } from '../../../../config/loket.env';
import { EndorserContactRetention } from '../../ports/endorser-contact-retention';

const DAY_MS = 86_400_000;

/**
 * Endorsers' contacts go LOKET_CONTACT_RETENTION_DAYS after the entry they endorsed ended and they
 * were told its outcome (the rule in EndorserContactRetention): the same period as reporters'
 * contacts, run beside EraseEndedContactsTask on the pruner's schedule, in batches, one replica at a time.
 */
@Injectable()
export class EraseEndedEndorserContactsTask implements RetentionTask, OnModuleInit {
  readonly name = 'loket.endorser-contacts';

  constructor(
    private readonly registry: RetentionRegistry,
    private readonly contacts: EndorserContactRetention,
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
