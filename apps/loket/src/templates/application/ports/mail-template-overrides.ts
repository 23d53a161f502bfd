import type { Language } from '@pb/i18n';
import type { Tx } from '@pb/persistence';

/**
 * The admins' rewrites of the reporter's mails as the mail composer uses them (the reports area's
 * way in): subject and body filled in for one mail, or null when there is no rewrite for this mail
 * type and language — then the catalogue's text is used, as before.
 */
export abstract class MailTemplateOverrides {
  /** `type`: the reporter mail's kind (`received`, `outcome`, …); values: the placeholders' values, already written out. */
  abstract render(manager: Tx, type: string, language: Language, values: Readonly<Record<string, string>>): Promise<{ subject: string; body: string } | null>;
}
