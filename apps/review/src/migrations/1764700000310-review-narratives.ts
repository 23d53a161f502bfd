import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinators' part of the review's text (issue 12 item 3): per revision, theme and language
 * the edits of the drafted sentences and the sign-off; and every change, append-only. The drafts
 * themselves are not stored: they are computed from the revision's figures, which never change.
 */
export class ReviewNarratives1764700000310 implements MigrationInterface {
  name = 'ReviewNarratives1764700000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_narratives (
        year int NOT NULL,
        revision int NOT NULL,
        theme text NOT NULL,
        lang text NOT NULL CHECK (lang IN ('nl', 'en')),
        edits jsonb,
        signed_off_by text,
        signed_off_at timestamptz,
        PRIMARY KEY (year, revision, theme, lang),
        FOREIGN KEY (year, revision) REFERENCES reviews (year, revision),
        CHECK ((signed_off_by IS NULL) = (signed_off_at IS NULL))
      )`);
    await q.query(`
      CREATE TABLE review_narrative_changes (
        id bigserial PRIMARY KEY,
        year int NOT NULL,
        revision int NOT NULL,
        theme text NOT NULL,
        lang text NOT NULL,
        action text NOT NULL CHECK (action IN ('edit', 'sign-off')),
        edits jsonb,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX review_narrative_changes_revision ON review_narrative_changes (year, revision, theme, lang, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_narrative_changes`);
    await q.query(`DROP TABLE review_narratives`);
  }
}
