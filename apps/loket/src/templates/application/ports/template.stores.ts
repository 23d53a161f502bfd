import type { Language } from '@pb/i18n';
import type { Tx } from '@pb/persistence';
import type { AnswerTemplate, AnswerTemplateDraft } from '../../domain/answer-template';
import type { MailTemplateText, MailType } from '../../domain/mail-template';

/** The standard answers admins keep, per purpose. */
export abstract class AnswerTemplateStore {
  /** Ordered by purpose, then title. */
  abstract list(manager: Tx): Promise<AnswerTemplate[]>;
  abstract find(manager: Tx, id: string): Promise<AnswerTemplate | null>;
  abstract insert(manager: Tx, template: AnswerTemplate, at: Date): Promise<void>;
  /** False when there is no such template. */
  abstract update(manager: Tx, id: string, draft: AnswerTemplateDraft, at: Date): Promise<boolean>;
  abstract remove(manager: Tx, id: string): Promise<boolean>;
}

export interface StoredMailTemplate extends MailTemplateText {
  type: MailType;
  language: Language;
  updatedAt: Date;
}

/** The admins' rewrites of the reporter's mails, one per mail type and language. */
export abstract class MailTemplateStore {
  abstract list(manager: Tx): Promise<StoredMailTemplate[]>;
  abstract find(manager: Tx, type: MailType, language: Language): Promise<StoredMailTemplate | null>;
  abstract put(manager: Tx, template: StoredMailTemplate): Promise<void>;
  /** False when there was no rewrite. */
  abstract remove(manager: Tx, type: MailType, language: Language): Promise<boolean>;
}
