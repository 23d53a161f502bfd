import type { ModerationReason } from '@pb/contracts';
import { mailSubject, mailText, type OutgoingMail } from '@pb/mail';
import { ProposalTitles, titleIn } from './proposal-titles';

/** The respondent's language: the page's when they wrote or supported (null: not known). */
type Lang = 'nl' | 'en' | null;

/**
 * The mails respondents get, in the language they used on the page (stored with their response);
 * Dutch first and English second when it is not known (a response from before it was stored, or a
 * caller of the API that did not say). The texts are the catalogue's `mail:comments.*`; an English
 * text names the proposal by its English title when one was entered. Plain text: nothing a
 * respondent typed is rendered as HTML.
 */
const PARAGRAPH = '\n\n';

export function verificationMail(to: string, lang: Lang, link: string, title: ProposalTitles, kind: 'response' | 'support'): OutgoingMail {
  return {
    to,
    kind: `comments.verify-${kind}`,
    priority: 'waiting',
    subject: mailText(lang, 'mail:comments.verify.subject', ' / ', (_, t) => ({ what: t(`mail:comments.what.${kind}`) })),
    text: mailText(lang, 'mail:comments.verify.body', PARAGRAPH, (l, t) => ({ what: t(`mail:comments.what.${kind}`), title: titleIn(title, l), link })),
  };
}

/**
 * Sent instead of a confirmation link when the address already has a counted response: the submit
 * answers the same either way (nobody learns from the API whether an address responded), so the
 * difference reaches only the owner of the mailbox.
 */
export function alreadyRespondedMail(to: string, lang: Lang, title: ProposalTitles): OutgoingMail {
  return {
    to,
    kind: 'comments.already-responded',
    // As fast as the confirmation it replaces: a slower mail would tell who already responded.
    priority: 'waiting',
    subject: mailSubject(lang, 'mail:comments.already-responded.subject'),
    text: mailText(lang, 'mail:comments.already-responded.body', PARAGRAPH, (l) => ({ title: titleIn(title, l) })),
  };
}

/** Sent instead of a confirmation link when the address already supports the response (same reason as above). */
export function alreadySupportedMail(to: string, lang: Lang, title: ProposalTitles): OutgoingMail {
  return {
    to,
    kind: 'comments.already-supported',
    priority: 'waiting',
    subject: mailSubject(lang, 'mail:comments.already-supported.subject'),
    text: mailText(lang, 'mail:comments.already-supported.body', PARAGRAPH, (l) => ({ title: titleIn(title, l) })),
  };
}

export function moderationMail(to: string, lang: Lang, decision: 'publish' | 'reject', reason: ModerationReason | null, title: ProposalTitles): OutgoingMail {
  if (decision === 'publish') {
    return {
      to,
      kind: 'comments.moderation-published',
      subject: mailSubject(lang, 'mail:comments.published.subject'),
      text: mailText(lang, 'mail:comments.published.body', PARAGRAPH, (l) => ({ title: titleIn(title, l) })),
    };
  }
  return {
    to,
    kind: 'comments.moderation-rejected',
    subject: mailSubject(lang, 'mail:comments.rejected.subject'),
    text: mailText(lang, 'mail:comments.rejected.body', PARAGRAPH, (l, t) => ({ title: titleIn(title, l), reason: t(`mail:comments.reason.${reason!}`) })),
  };
}

export function reportPublishedMail(to: string, lang: Lang, title: ProposalTitles, link: string): OutgoingMail {
  return {
    to,
    kind: 'comments.report-published',
    // One mail per respondent of a consultation: thousands at once, nobody waiting on one of them.
    priority: 'bulk',
    subject: mailSubject(lang, 'mail:comments.report-published.subject'),
    text: mailText(lang, 'mail:comments.report-published.body', PARAGRAPH, (l) => ({ title: titleIn(title, l), link })),
  };
}
