import { Injectable } from '@nestjs/common';
import type { Language } from '@pb/i18n';
import type { EntityManager } from 'typeorm';
import { AnswerTemplateStore, MailTemplateStore, StoredMailTemplate } from '../../application/ports/template.stores';
import type { AnswerPurpose, AnswerTemplate, AnswerTemplateDraft } from '../../domain/answer-template';
import type { MailType } from '../../domain/mail-template';

interface AnswerRow {
  id: string;
  purpose: string;
  title: string;
  body: string;
}
const toAnswer = (r: AnswerRow): AnswerTemplate => ({ id: r.id, purpose: r.purpose as AnswerPurpose, title: r.title, body: r.body });

@Injectable()
export class TypeOrmAnswerTemplateStore extends AnswerTemplateStore {
  async list(manager: EntityManager): Promise<AnswerTemplate[]> {
    const rows: AnswerRow[] = await manager.query(`SELECT id, purpose, title, body FROM answer_templates ORDER BY purpose, title, id`);
    return rows.map(toAnswer);
  }

  async find(manager: EntityManager, id: string): Promise<AnswerTemplate | null> {
    const [row]: AnswerRow[] = await manager.query(`SELECT id, purpose, title, body FROM answer_templates WHERE id = $1`, [id]);
    return row ? toAnswer(row) : null;
  }

  async insert(manager: EntityManager, t: AnswerTemplate, at: Date): Promise<void> {
    await manager.query(`INSERT INTO answer_templates (id, purpose, title, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`, [t.id, t.purpose, t.title, t.body, at]);
  }

  async update(manager: EntityManager, id: string, d: AnswerTemplateDraft, at: Date): Promise<boolean> {
    // Each in a SELECT so the rows come back as rows (TypeORM answers a bare UPDATE/DELETE … RETURNING with [rows, count]).
    const rows: unknown[] = await manager.query(`WITH u AS (UPDATE answer_templates SET purpose = $2, title = $3, body = $4, updated_at = $5 WHERE id = $1 RETURNING id) SELECT id FROM u`, [
      id,
      d.purpose,
      d.title,
      d.body,
      at,
    ]);
    return rows.length > 0;
  }

  async remove(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`WITH d AS (DELETE FROM answer_templates WHERE id = $1 RETURNING id) SELECT id FROM d`, [id]);
    return rows.length > 0;
  }
}

interface MailRow {
  mail_type: string;
  language: string;
  subject: string;
  body: string;
  updated_at: Date;
}
const toMail = (r: MailRow): StoredMailTemplate => ({ type: r.mail_type as MailType, language: r.language as Language, subject: r.subject, body: r.body, updatedAt: new Date(r.updated_at) });

@Injectable()
export class TypeOrmMailTemplateStore extends MailTemplateStore {
  async list(manager: EntityManager): Promise<StoredMailTemplate[]> {
    const rows: MailRow[] = await manager.query(`SELECT mail_type, language, subject, body, updated_at FROM mail_template_overrides ORDER BY mail_type, language`);
    return rows.map(toMail);
  }

  async find(manager: EntityManager, type: MailType, language: Language): Promise<StoredMailTemplate | null> {
    const [row]: MailRow[] = await manager.query(`SELECT mail_type, language, subject, body, updated_at FROM mail_template_overrides WHERE mail_type = $1 AND language = $2`, [type, language]);
    return row ? toMail(row) : null;
  }

  async put(manager: EntityManager, t: StoredMailTemplate): Promise<void> {
    await manager.query(
      `INSERT INTO mail_template_overrides (mail_type, language, subject, body, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (mail_type, language) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at`,
      [t.type, t.language, t.subject, t.body, t.updatedAt],
    );
  }

  async remove(manager: EntityManager, type: MailType, language: Language): Promise<boolean> {
    const rows: unknown[] = await manager.query(`WITH d AS (DELETE FROM mail_template_overrides WHERE mail_type = $1 AND language = $2 RETURNING mail_type) SELECT mail_type FROM d`, [type, language]);
    return rows.length > 0;
  }
}
