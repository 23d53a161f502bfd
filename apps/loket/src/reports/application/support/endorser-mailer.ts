import { Injectable } from '@nestjs/common';
import { type Language, translatorFor } from '@pb/i18n';
import { keyedHash } from '@pb/kernel';
import { MailOutbox } from '@pb/mail';
import type { Tx } from '@pb/persistence';
import { LoketEnv } from '../../../config/loket.env';
import type { EndorsableEntry } from '../ports/register-crowd';
import { newTrackingToken } from './tracking-token';

/** Why an endorser is mailed: they just endorsed the entry, or its report got another outcome since. */
export type EndorserMailKind = 'endorsed' | 'outcome-changed';

/**
 * The endorser's mails, in the language of the form they used. Like the reporter's mails they
 * repeat nothing the endorser typed (anyone can type any address): the entry's reference, its
 * outcome and the official's explanation, a link to the public entry and a private link that takes
 * the endorsement back — for the owner of an address someone else typed, too.
 */
@Injectable()
export class EndorserMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly env: LoketEnv,
  ) {}

  newWithdrawalToken(): { token: string; hash: string } {
    const token = newTrackingToken();
    return { token, hash: this.withdrawalTokenHash(token) };
  }

  /** The stored form of a withdrawal token: a keyed hash, like the tokens of the reporter's mails. */
  withdrawalTokenHash(token: string): string {
    return keyedHash(this.env.PSEUDONYM_SECRET, 'tracking-token', token);
  }

  async send(manager: Tx, to: { to: string; language: Language }, entry: EndorsableEntry, kind: EndorserMailKind, withdrawalToken: string): Promise<void> {
    await this.outbox.enqueue(manager, composeEndorserMail(to.language, to.to, entry, kind, { entry: this.entryUrl(entry.reference), withdraw: this.withdrawUrl(withdrawalToken) }));
  }

  entryUrl(reference: string): string {
    return `${this.portal}/register/${encodeURIComponent(reference)}`;
  }

  /** The portal's page that takes the endorsement back (a button: a mail scanner's GET changes nothing). */
  withdrawUrl(token: string): string {
    return `${this.portal}/meldingen/steun-intrekken?token=${encodeURIComponent(token)}`;
  }

  private get portal(): string {
    return this.env.PUBLIC_BASE_URL.replace(/\/$/, '');
  }
}

/** One endorser mail: what happened, the outcome and explanation, the public entry, the withdrawal link. */
export function composeEndorserMail(lang: Language, to: string, entry: EndorsableEntry, kind: EndorserMailKind, links: { entry: string; withdraw: string }) {
  const t = translatorFor(lang);
  const reference = entry.reference;
  const key = kind === 'endorsed' ? 'endorsed' : 'outcomeChanged';
  return {
    to,
    kind: kind === 'endorsed' ? 'loket.endorsement-received' : 'loket.endorsement-outcome',
    // The endorser is at the form waiting for the confirmation; a changed outcome is a notice.
    priority: kind === 'endorsed' ? ('waiting' as const) : ('notice' as const),
    subject: t(`crowd:mail.${key}.subject`, { reference }),
    text: [
      t(`crowd:mail.${key}.intro`, { reference }),
      t('crowd:mail.outcome', { outcome: t(`mail:loket.outcome-label.${entry.outcome}`), explanation: entry.explanation }),
      t('crowd:mail.entryLink', { link: links.entry }),
      t('crowd:mail.withdraw', { link: links.withdraw }),
    ].join('\n\n'),
  };
}
