import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 item 7: a proposal's text in another language, beside the proposal (one row per
 * proposal and language). Not part of the proposal's row or its versions: the Dutch text is the
 * text of record, a translation is entered and corrected without a new text version.
 */
export class ProposalTranslations1765100000300 implements MigrationInterface {
  name = 'ProposalTranslations1765100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal_translations (
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        lang text NOT NULL CHECK (lang IN ('en')),
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        questions jsonb NOT NULL DEFAULT '[]'::jsonb,
        translated_at timestamptz NOT NULL,
        translated_by text NOT NULL,
        PRIMARY KEY (proposal_id, lang)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposal_translations`);
  }
}
