import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each language its own review document (issue 12 item 4): the stored HTML and PDF were one
 * document with Dutch and English labels mixed under `lang="nl"`. Stored documents are derived
 * data, so they are dropped and rendered again, per language, on their first request.
 */
export class ReviewDocumentsPerLanguage1764700000330 implements MigrationInterface {
  name = 'ReviewDocumentsPerLanguage1764700000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM review_documents`);
    await q.query(`ALTER TABLE review_documents ADD COLUMN lang text NOT NULL CHECK (lang IN ('nl', 'en'))`);
    await q.query(`ALTER TABLE review_documents DROP CONSTRAINT review_documents_pkey, ADD PRIMARY KEY (year, revision, format, lang)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM review_documents WHERE lang = 'en'`);
    await q.query(`ALTER TABLE review_documents DROP CONSTRAINT review_documents_pkey, ADD PRIMARY KEY (year, revision, format)`);
    await q.query(`ALTER TABLE review_documents DROP COLUMN lang`);
  }
}
