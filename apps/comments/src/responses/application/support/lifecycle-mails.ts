import { dateFormat } from '@pb/i18n';
import { mailText, type OutgoingMail } from '@pb/mail';
import { ProposalTitles, titleIn } from './proposal-titles';

type Lang = 'nl' | 'en';

const when = (d: Date, lang: Lang) => dateFormat(lang, { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }).format(d);

/**
 * The mail that tells a respondent the consultation stays open longer: in their language when it is
 * known, otherwise Dutch first and English second (like every other mail of the service); the
 * English text names the proposal by its English title when one was entered.
 */
export function closingExtendedMail(to: string, lang: Lang | null, title: ProposalTitles, closesAt: Date, link: string): OutgoingMail {
  const params = (l: Lang) => ({ title: titleIn(title, l), closesAt: when(closesAt, l), link });
  return {
    to,
    kind: 'comments.closing-extended',
    subject: mailText(lang, 'proposal-text:mail.closingExtended.subject', ' / ', params),
    text: mailText(lang, 'proposal-text:mail.closingExtended.text', '\n\n', params),
  };
}
