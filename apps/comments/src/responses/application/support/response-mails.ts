import type { ModerationReason } from '@pb/contracts';
import { bilingual, bilingualSubject, type OutgoingMail } from '@pb/mail';
import { ProposalTitles, titleIn } from './proposal-titles';

/**
 * The mails respondents get, Dutch first, English second (the comments service does not know a
 * respondent's language); the texts are the catalogue's `mail:comments.*`, the English half naming
 * the proposal by its English title when one was entered. Plain text: nothing a respondent typed is
 * rendered as HTML.
 */
const PARAGRAPH = '\n\n';

export function verificationMail(to: string, link: string, title: ProposalTitles, kind: 'response' | 'support'): OutgoingMail {
  return {
    to,
    kind: `comments.verify-${kind}`,
    priority: 'waiting',
    subject: bilingual('mail:comments.verify.subject', ' / ', (_, t) => ({ what: t(`mail:comments.what.${kind}`) })),
    text: bilingual('mail:comments.verify.body', PARAGRAPH, (lang, t) => ({ what: t(`mail:comments.what.${kind}`), title: titleIn(title, lang), link })),
  };
}

/**
 * Sent instead of a confirmation link when the address already has a counted response: the submit
 * answers the same either way (nobody learns from the API whether an address responded), so the
 * difference reaches only the owner of the mailbox.
 */
export function alreadyRespondedMail(to: string, title: ProposalTitles): OutgoingMail {
  return {
    to,
    kind: 'comments.already-responded',
    // As fast as the confirmation it replaces: a slower mail would tell who already responded.
    priority: 'waiting',
    subject: bilingualSubject('mail:comments.already-responded.subject'),
    text: bilingual('mail:comments.already-responded.body', PARAGRAPH, (lang) => ({ title: titleIn(title, lang) })),
  };
}

/** Sent instead of a confirmation link when the address already supports the response (same reason as above). */
export function alreadySupportedMail(to: string, title: ProposalTitles): OutgoingMail {
  return {
    to,
    kind: 'comments.already-supported',
    priority: 'waiting',
    subject: bilingualSubject('mail:comments.already-supported.subject'),
    text: bilingual('mail:comments.already-supported.body', PARAGRAPH, (lang) => ({ title: titleIn(title, lang) })),
  };
}

export function moderationMail(to: string, decision: 'publish' | 'reject', reason: ModerationReason | null, title: ProposalTitles): OutgoingMail {
  if (decision === 'publish') {
    return {
      to,
      kind: 'comments.moderation-published',
      subject: bilingualSubject('mail:comments.published.subject'),
      text: bilingual('mail:comments.published.body', PARAGRAPH, (lang) => ({ title: titleIn(title, lang) })),
    };
  }
  return {
    to,
    kind: 'comments.moderation-rejected',
    subject: bilingualSubject('mail:comments.rejected.subject'),
    text: bilingual('mail:comments.rejected.body', PARAGRAPH, (lang, t) => ({ title: titleIn(title, lang), reason: t(`mail:comments.reason.${reason!}`) })),
  };
}

export function reportPublishedMail(to: string, title: ProposalTitles, link: string): OutgoingMail {
  return {
    to,
    kind: 'comments.report-published',
    // One mail per respondent of a consultation: thousands at once, nobody waiting on one of them.
    priority: 'bulk',
    subject: bilingualSubject('mail:comments.report-published.subject'),
    text: bilingual('mail:comments.report-published.body', PARAGRAPH, (lang) => ({ title: titleIn(title, lang), link })),
  };
}
