import type { ModerationReason } from '@pb/contracts';
import { bilingual, bilingualSubject, type OutgoingMail } from '@pb/mail';

/**
 * The mails respondents get, Dutch first, English second (the comments service does not know a
 * respondent's language); the texts are the catalogue's `mail:comments.*`. Plain text: nothing a
 * respondent typed is rendered as HTML.
 */
const PARAGRAPH = '\n\n';

export function verificationMail(to: string, link: string, proposalTitle: string, kind: 'response' | 'support'): OutgoingMail {
  return {
    to,
    kind: `comments.verify-${kind}`,
    priority: 'waiting',
    subject: bilingual('mail:comments.verify.subject', ' / ', (_, t) => ({ what: t(`mail:comments.what.${kind}`) })),
    text: bilingual('mail:comments.verify.body', PARAGRAPH, (_, t) => ({ what: t(`mail:comments.what.${kind}`), title: proposalTitle, link })),
  };
}

/**
 * Sent instead of a confirmation link when the address already has a counted response: the submit
 * answers the same either way (nobody learns from the API whether an address responded), so the
 * difference reaches only the owner of the mailbox.
 */
export function alreadyRespondedMail(to: string, proposalTitle: string): OutgoingMail {
  return {
    to,
    kind: 'comments.already-responded',
    // As fast as the confirmation it replaces: a slower mail would tell who already responded.
    priority: 'waiting',
    subject: bilingualSubject('mail:comments.already-responded.subject'),
    text: bilingual('mail:comments.already-responded.body', PARAGRAPH, () => ({ title: proposalTitle })),
  };
}

/** Sent instead of a confirmation link when the address already supports the response (same reason as above). */
export function alreadySupportedMail(to: string, proposalTitle: string): OutgoingMail {
  return {
    to,
    kind: 'comments.already-supported',
    priority: 'waiting',
    subject: bilingualSubject('mail:comments.already-supported.subject'),
    text: bilingual('mail:comments.already-supported.body', PARAGRAPH, () => ({ title: proposalTitle })),
  };
}

export function moderationMail(to: string, decision: 'publish' | 'reject', reason: ModerationReason | null, proposalTitle: string): OutgoingMail {
  if (decision === 'publish') {
    return {
      to,
      kind: 'comments.moderation-published',
      subject: bilingualSubject('mail:comments.published.subject'),
      text: bilingual('mail:comments.published.body', PARAGRAPH, () => ({ title: proposalTitle })),
    };
  }
  return {
    to,
    kind: 'comments.moderation-rejected',
    subject: bilingualSubject('mail:comments.rejected.subject'),
    text: bilingual('mail:comments.rejected.body', PARAGRAPH, (_, t) => ({ title: proposalTitle, reason: t(`mail:comments.reason.${reason!}`) })),
  };
}

export function reportPublishedMail(to: string, proposalTitle: string, link: string): OutgoingMail {
  return {
    to,
    kind: 'comments.report-published',
    // One mail per respondent of a consultation: thousands at once, nobody waiting on one of them.
    priority: 'bulk',
    subject: bilingualSubject('mail:comments.report-published.subject'),
    text: bilingual('mail:comments.report-published.body', PARAGRAPH, () => ({ title: proposalTitle, link })),
  };
}
