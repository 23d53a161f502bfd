import { Injectable } from '@nestjs/common';
import type { Tx } from '@pb/persistence';
import { RegisterCrowd } from '../../ports/register-crowd';
import { EndorserMailer } from '../../support/endorser-mailer';

/**
 * A report was resolved (again): every endorser who was told another outcome hears the new one, in
 * the transaction of the event's delivery (the inbox makes a redelivery a no-op, and the stored
 * `notified_outcome` makes a second resolution with the same outcome one too). Each mail carries a
 * fresh withdrawal link; the older links stop working.
 */
@Injectable()
export class TellEndorsersHandler {
  constructor(
    private readonly crowd: RegisterCrowd,
    private readonly mailer: EndorserMailer,
  ) {}

  async execute(manager: Tx, reportId: string): Promise<number> {
    const found = await this.crowd.toTell(manager, reportId);
    if (!found?.endorsers.length) return 0;
    const told: { id: string; withdrawTokenHash: string }[] = [];
    for (const endorser of found.endorsers) {
      const withdrawal = this.mailer.newWithdrawalToken();
      await this.mailer.send(manager, { to: endorser.email, language: endorser.language }, found.entry, 'outcome-changed', withdrawal.token);
      told.push({ id: endorser.id, withdrawTokenHash: withdrawal.hash });
    }
    await this.crowd.markTold(manager, told, found.entry.outcome);
    return told.length;
  }
}
