import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 item 7, mails in English: the translated titles of proposals, kept from
 * ProposalTranslated events. A table of its own beside proposal_projection, because a draft is
 * translated before it is published: the title arrives before the proposal's projection row exists.
 */
export class ProposalTitleTranslations1765200000410 implements MigrationInterface {
  name = 'ProposalTitleTranslations1765200000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE proposal_title_translations (
      proposal_id uuid NOT NULL,
      lang text NOT NULL,
      title text NOT NULL,
      translated_at timestamptz NOT NULL,
      PRIMARY KEY (proposal_id, lang)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposal_title_translations`);
  }
}
