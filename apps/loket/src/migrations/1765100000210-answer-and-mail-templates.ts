import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answer templates and the admins' rewrites of the reporter's mails (issue 10, item 3): texts
 * changed without a deploy. A mail type and language without a row is written from the catalogue.
 */
export class AnswerAndMailTemplates1765100000210 implements MigrationInterface {
  name = 'AnswerAndMailTemplates1765100000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE answer_templates (
        id uuid PRIMARY KEY,
        purpose text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE mail_template_overrides (
        mail_type text NOT NULL,
        language text NOT NULL CHECK (language IN ('nl', 'en')),
        subject text NOT NULL,
        body text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (mail_type, language)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_template_overrides`);
    await q.query(`DROP TABLE answer_templates`);
  }
}
