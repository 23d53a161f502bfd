import { Language, translatorFor } from '@pb/i18n';
import { MAIL_TEMPLATE_PLACEHOLDERS, MailTemplateText, MailType } from '../../domain/mail-template';

/** The catalogue's keys of each editable mail (apps/loket/src/reports/application/support/reporter-mails.ts writes them). */
const KEYS: Record<MailType, { subject: string; body: string[] }> = {
  received: { subject: 'reporter:mail.received.subject', body: ['reporter:mail.received.body'] },
  triaged: { subject: 'reporter:mail.triaged.subject', body: ['reporter:mail.triaged.body'] },
  'in-handling': { subject: 'reporter:mail.inHandling.subject', body: ['reporter:mail.inHandling.body'] },
  question: { subject: 'reporter:mail.question.subject', body: ['reporter:mail.question.body'] },
  'linked-duplicate': { subject: 'reporter:mail.linkedDuplicate.subject', body: ['reporter:mail.linkedDuplicate.body'] },
  outcome: { subject: 'reporter:mail.outcome.subject', body: ['reporter:mail.outcome.intro', 'reporter:mail.outcome.body'] },
  reopened: { subject: 'reporter:mail.reopened.subject', body: ['reporter:mail.reopened.body'] },
  'tracking-link': { subject: 'reporter:mail.trackingLink.subject', body: ['reporter:mail.trackingLink.body'] },
};

/**
 * The catalogue's subject and body of a mail with its placeholders written the way admins write
 * them (`{reference}`): what an admin starts from, and what is sent while there is no rewrite.
 */
export function catalogueMailText(type: MailType, lang: Language): MailTemplateText {
  const t = translatorFor(lang);
  const asPlaceholders = Object.fromEntries(MAIL_TEMPLATE_PLACEHOLDERS[type].map((p) => [p, `{${p}}`]));
  return { subject: t(KEYS[type].subject, asPlaceholders), body: KEYS[type].body.map((k) => t(k, asPlaceholders)).join('\n\n') };
}
