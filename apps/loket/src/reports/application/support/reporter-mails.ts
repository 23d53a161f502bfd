import type { Outcome } from '@pb/contracts';
import { dateFormat, Language, translatorFor } from '@pb/i18n';
import type { OutgoingMail } from '@pb/mail';
import type { IssuedLink } from './tracking-links';

/**
 * Every mail the reporter gets, one per change that concerns them. Each carries a link of its
 * own. None repeats what the reporter typed (no name, title or description): anyone can submit
 * with any address, so a mail that echoed their text would let them send government mail with
 * their own words to anybody. What officials wrote (a question, an explanation) is ours.
 *
 * `split` (issue 10 item 6) goes with the link to the original, whose page shows every part; its
 * texts are in the `split` namespace.
 */
export type ReporterMail =
  | { kind: 'received'; triageBy: string; answerBy: string }
  | { kind: 'triaged'; answerBy: string }
  | { kind: 'in-handling'; answerBy: string }
  | { kind: 'question'; question: string }
  | { kind: 'linked-duplicate'; original: string }
  /** `viaOriginal`: the outcome of the original this report was linked to (no satisfaction asked). */
  | { kind: 'outcome'; outcome: Outcome; explanation: string; viaOriginal?: string }
  | { kind: 'reopened'; answerBy: string }
  | { kind: 'split'; parts: readonly { reference: string; department: string; answerBy: string }[] }
  | { kind: 'tracking-link' };

/** The outbox's `kind` of each mail (kept as before where the mail existed). */
const KINDS: Record<ReporterMail['kind'], string> = {
  received: 'loket.acknowledgement',
  triaged: 'loket.triaged',
  'in-handling': 'loket.in-handling',
  question: 'loket.question',
  'linked-duplicate': 'loket.linked-duplicate',
  outcome: 'loket.outcome',
  reopened: 'loket.reopened',
  split: 'loket.split',
  'tracking-link': 'loket.tracking-link',
};

/** A local date (`YYYY-MM-DD`) or an instant as a reader writes it: "15 december 2026" / "15 December 2026". */
export function longDate(value: string | Date, lang: Language): string {
  const at = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(at);
}

function content(mail: ReporterMail, reference: string, lang: Language): { subject: string; body: string; kind: string; notYou?: string } {
  const t = translatorFor(lang);
  const kind = KINDS[mail.kind];
  switch (mail.kind) {
    case 'received':
      return {
        kind,
        subject: t('reporter:mail.received.subject', { reference }),
        body: t('reporter:mail.received.body', { reference, triageBy: longDate(mail.triageBy, lang), answerBy: longDate(mail.answerBy, lang) }),
        notYou: t('reporter:mail.received.notYou'),
      };
    case 'triaged':
      return { kind, subject: t('reporter:mail.triaged.subject', { reference }), body: t('reporter:mail.triaged.body', { reference, answerBy: longDate(mail.answerBy, lang) }) };
    case 'in-handling':
      return { kind, subject: t('reporter:mail.inHandling.subject', { reference }), body: t('reporter:mail.inHandling.body', { reference, answerBy: longDate(mail.answerBy, lang) }) };
    case 'question':
      return { kind, subject: t('reporter:mail.question.subject', { reference }), body: t('reporter:mail.question.body', { reference, question: mail.question }) };
    case 'linked-duplicate':
      return { kind, subject: t('reporter:mail.linkedDuplicate.subject', { reference }), body: t('reporter:mail.linkedDuplicate.body', { reference, original: mail.original }) };
    case 'outcome': {
      const intro = mail.viaOriginal ? t('reporter:mail.outcome.introViaOriginal', { reference, original: mail.viaOriginal }) : t('reporter:mail.outcome.intro', { reference });
      const outcome = t('reporter:mail.outcome.body', { outcome: t(`mail:loket.outcome-label.${mail.outcome}`), explanation: mail.explanation });
      // Only the reporter of the report that was answered judges the answer (and only a real outcome).
      const ask = !mail.viaOriginal && mail.outcome !== 'not-admissible' ? `\n\n${t('reporter:mail.outcome.satisfaction')}` : '';
      return { kind: mail.viaOriginal ? 'loket.outcome-of-original' : kind, subject: t('reporter:mail.outcome.subject', { reference }), body: `${intro}\n\n${outcome}${ask}` };
    }
    case 'reopened':
      return { kind, subject: t('reporter:mail.reopened.subject', { reference }), body: t('reporter:mail.reopened.body', { reference, answerBy: longDate(mail.answerBy, lang) }) };
    case 'split': {
      const parts = mail.parts
        .map((p) => t('split:mail.part', { reference: p.reference, department: t(`labels:department.${p.department}`), answerBy: longDate(p.answerBy, lang) }))
        .join('\n');
      return { kind, subject: t('split:mail.subject', { reference }), body: t('split:mail.body', { reference, count: mail.parts.length, parts }) };
    }
    case 'tracking-link':
      return { kind, subject: t('reporter:mail.trackingLink.subject', { reference }), body: t('reporter:mail.trackingLink.body', { reference }), notYou: t('reporter:mail.trackingLink.notYou') };
  }
}

/**
 * The values an admin's rewrite of this mail may use (templates area, MAIL_TEMPLATE_PLACEHOLDERS),
 * written out in the reader's language. Null: the mail is not rewritable (the outcome of an
 * original, which names another report) — the catalogue's text is sent.
 */
export function mailTemplateValues(mail: ReporterMail, reference: string, lang: Language): Record<string, string> | null {
  const t = translatorFor(lang);
  switch (mail.kind) {
    case 'received':
      return { reference, triageBy: longDate(mail.triageBy, lang), answerBy: longDate(mail.answerBy, lang) };
    case 'triaged':
    case 'in-handling':
    case 'reopened':
      return { reference, answerBy: longDate(mail.answerBy, lang) };
    case 'question':
      return { reference, question: mail.question };
    case 'linked-duplicate':
      return { reference, original: mail.original };
    case 'outcome':
      return mail.viaOriginal ? null : { reference, outcome: t(`mail:loket.outcome-label.${mail.outcome}`), explanation: mail.explanation };
    case 'tracking-link':
      return { reference };
    case 'split':
      // Lists the parts, which a fixed template could not: the catalogue's text is sent.
      return null;
  }
}

/**
 * One mail in the reporter's language: greeting, what changed, their link (and until when it
 * works), the way to a new one. `override`: an admin's rewrite of subject and body (filled in),
 * which replaces the catalogue's; the greeting, the link and the satisfaction question stay.
 */
export function composeReporterMail(
  lang: Language,
  to: string,
  reference: string,
  mail: ReporterMail,
  link: IssuedLink,
  lostLinkUrl: string,
  override?: { subject: string; body: string } | null,
): OutgoingMail {
  const t = translatorFor(lang);
  const c = withOverride(content(mail, reference, lang), mail, lang, override);
  const parts = [
    t('reporter:mail.greeting'),
    c.body,
    t('reporter:mail.link', { url: link.url, until: longDate(link.expiresAt, lang) }),
    t('reporter:mail.lostLink', { lostLinkUrl }),
    ...(c.notYou ? [c.notYou] : []),
  ];
  // The acknowledgement and a new link are what a person waits for, at the form or after "link
  // kwijt": they go before the notices of a busy day (libs/mail MailPriority).
  const priority = mail.kind === 'received' || mail.kind === 'tracking-link' ? 'waiting' : 'notice';
  return { to, kind: c.kind, subject: c.subject, text: `${parts.join('\n\n')}\n`, priority };
}

function withOverride(c: ReturnType<typeof content>, mail: ReporterMail, lang: Language, override?: { subject: string; body: string } | null): ReturnType<typeof content> {
  if (!override) return c;
  const t = translatorFor(lang);
  // Whether the answer helped is how a reporter reopens a report: no rewrite may drop the question.
  const ask = mail.kind === 'outcome' && !mail.viaOriginal && mail.outcome !== 'not-admissible' ? `\n\n${t('reporter:mail.outcome.satisfaction')}` : '';
  return { ...c, subject: override.subject, body: `${override.body}${ask}` };
}
