import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HTML page and the PDF of each compiled revision, rendered once and kept: a revision never
 * changes, so neither do its documents, and a request only reads bytes (a PDF took a render each time).
 */
export class ReviewDocuments1763900000260 implements MigrationInterface {
  name = 'ReviewDocuments1763900000260';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_documents (
        year int NOT NULL,
        revision int NOT NULL,
        format text NOT NULL CHECK (format IN ('html', 'pdf')),
        body bytea NOT NULL,
        etag text NOT NULL,
        rendered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, revision, format),
        FOREIGN KEY (year, revision) REFERENCES reviews (year, revision)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_documents`);
  }
}
