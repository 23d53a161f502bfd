import type { Outcome } from '@pb/contracts';
import { translatorFor, type Language, type MessageParams } from '@pb/i18n';
import { bilingual, bilingualSubject, type OutgoingMail } from '@pb/mail';

/** A deadline (a local date, `YYYY-MM-DD`) as a reader writes it: "15 december 2026" / "15 December 2026". */
const longDate = (localDate: string, lang: Language): string =>
  new Date(`${localDate}T12:00:00Z`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** A mail's text: the Dutch, the marker (in English: it is for whoever does not read the Dutch), the English. */
const body = (key: string, params: (lang: Language, t: (key: string, params?: MessageParams) => string) => MessageParams): string =>
  `${bilingual(key, `\n\n${translatorFor('en')('mail:english-below')}\n\n`, params)}\n`;

const followLink = (url: string, t: (key: string, params?: MessageParams) => string): string => t('mail:loket.follow-link', { url });

/**
 * The mails of the loket, Dutch first and English second (one mail, both languages: the loket does
 * not know the reporter's language). The texts are the catalogue's `mail:loket.*`.
 */
export const ReportMails = {
  /**
   * Carries nothing the reporter typed (no name, title or description): anyone can submit with
   * any address, so a mail that repeated their text would let them send government mail with
   * their own words to anybody. Reference, status, deadlines and the link are ours.
   */
  acknowledgement(to: string, reference: string, deadlines: { triageBy: string; answerBy: string }, trackingUrl: string): OutgoingMail {
    return {
      to,
      kind: 'loket.acknowledgement',
      subject: bilingualSubject('mail:loket.acknowledgement.subject', { reference }, 'mail:loket.acknowledgement.subject-short'),
      text: body('mail:loket.acknowledgement.body', (lang) => ({ reference, trackingUrl, triageBy: longDate(deadlines.triageBy, lang), answerBy: longDate(deadlines.answerBy, lang) })),
    };
  },

  /** "Link kwijt": the fresh private link; the mail says the old one no longer works. */
  newTrackingLink(to: string, reference: string, trackingUrl: string, expiresAt: Date): OutgoingMail {
    const until = (lang: Language) => expiresAt.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    return {
      to,
      kind: 'loket.tracking-link',
      subject: bilingualSubject('mail:loket.tracking-link.subject', { reference }, 'mail:loket.tracking-link.subject-short'),
      text: body('mail:loket.tracking-link.body', (lang) => ({ reference, trackingUrl, until: until(lang) })),
    };
  },

  question(to: string, reference: string, question: string, reportUrl: string): OutgoingMail {
    return {
      to,
      kind: 'loket.question',
      subject: bilingualSubject('mail:loket.question.subject', { reference }, 'mail:loket.question.subject-short'),
      text: body('mail:loket.question.body', (_, t) => ({ reference, question, followLink: followLink(reportUrl, t) })),
    };
  },

  outcome(to: string, reference: string, outcome: Outcome, explanation: string, reportUrl: string, viaOriginal?: string): OutgoingMail {
    return {
      to,
      kind: viaOriginal ? 'loket.outcome-of-original' : 'loket.outcome',
      subject: bilingualSubject('mail:loket.outcome.subject', { reference }, 'mail:loket.outcome.subject-short'),
      text: body('mail:loket.outcome.body', (_, t) => ({
        intro: viaOriginal ? t('mail:loket.outcome.intro-via-original', { reference, original: viaOriginal }) : t('mail:loket.outcome.intro', { reference }),
        outcome: t(`mail:loket.outcome-label.${outcome}`),
        explanation,
        followLink: followLink(reportUrl, t),
      })),
    };
  },

  linkedAsDuplicate(to: string, reference: string, originalReference: string, reportUrl: string): OutgoingMail {
    return {
      to,
      kind: 'loket.linked-duplicate',
      subject: bilingualSubject('mail:loket.linked-duplicate.subject', { reference }, 'mail:loket.linked-duplicate.subject-short'),
      text: body('mail:loket.linked-duplicate.body', (_, t) => ({ reference, original: originalReference, followLink: followLink(reportUrl, t) })),
    };
  },
};
