import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 item 1, position papers: the documents a response carries, in this database.
 *
 * The bytes are a `bytea` column (at most ATTACHMENT_MAX_BYTES each, 10 MiB by default; PostgreSQL
 * keeps such values out of line in TOAST, so the list queries never read them). Why here and not on
 * disk: a response and its files are stored — and erased — in one transaction; every replica
 * reads them without a shared volume; the backup of the comments database is the backup of
 * everything a respondent sent (see apps/comments/README.md).
 *
 * The extracted text sits beside the file with its own Dutch full-text vector (generated, GIN
 * index), so the reading room's search finds a response by the words of its attachment. The
 * extractor claims pending rows (`claimed_at`), stores the outcome (`text_status`), and a confirmed
 * response's extracted text is announced once (`announced_at`: the event with its cited regulations).
 */
export class ResponseAttachments1765100000400 implements MigrationInterface {
  name = 'ResponseAttachments1765100000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE response_attachments (
        id uuid PRIMARY KEY,
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        kind text NOT NULL CHECK (kind IN ('pdf', 'odt', 'docx')),
        file_name text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_at timestamptz NOT NULL,
        text_status text NOT NULL DEFAULT 'pending' CHECK (text_status IN ('pending', 'extracted', 'encrypted', 'unreadable')),
        text_problem text,
        text text,
        text_vector tsvector GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, coalesce(text, ''))) STORED,
        claimed_at timestamptz,
        extracted_at timestamptz,
        announced_at timestamptz,
        UNIQUE (response_id, position)
      )`);
    await q.query(`CREATE INDEX response_attachments_search ON response_attachments USING gin (text_vector)`);
    await q.query(`CREATE INDEX response_attachments_pending ON response_attachments (uploaded_at) WHERE text_status = 'pending'`);
    await q.query(`CREATE INDEX response_attachments_unannounced ON response_attachments (extracted_at) WHERE text_status = 'extracted' AND announced_at IS NULL`);
    // Set the bytes aside uncompressed: PDF, ODT and DOCX are compressed already.
    await q.query(`ALTER TABLE response_attachments ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE response_attachments`);
  }
}
