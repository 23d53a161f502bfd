import type { Language } from '@pb/i18n';
import { MAIL_TEMPLATE_PLACEHOLDERS, MailTemplateText, MailType } from '../../domain/mail-template';
import { catalogueMailText } from './catalogue-mail-texts';

/** A mail template as admins see it: what is sent now, whether it is their rewrite, and what they may use. */
export interface MailTemplateView extends MailTemplateText {
  type: MailType;
  language: Language;
  overridden: boolean;
  placeholders: string[];
  /** The catalogue's text, to compare with or start from. */
  catalogue: MailTemplateText;
}

export function mailTemplateView(type: MailType, language: Language, override: MailTemplateText | null): MailTemplateView {
  const catalogue = catalogueMailText(type, language);
  const current = override ?? catalogue;
  return { type, language, subject: current.subject, body: current.body, overridden: override !== null, placeholders: [...MAIL_TEMPLATE_PLACEHOLDERS[type]], catalogue };
}
