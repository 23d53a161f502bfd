import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, proposals that can change and comments on a passage.
 * - proposal_projection: the current text version and its paragraph anchors (`anchors`, null when
 *   only a ProposalPublished v1 was seen: then any well-formed anchor is taken), and a withdrawal.
 * - responses: the text version the response answered, the paragraph it points at and the words it
 *   quotes (free text of the respondent: erased with the rest), and the language the respondent
 *   wrote in (for mails; null for responses from before).
 */
export class PassagesAndProposalLifecycle1765000000400 implements MigrationInterface {
  name = 'PassagesAndProposalLifecycle1765000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposal_projection ADD COLUMN text_version int NOT NULL DEFAULT 1, ADD COLUMN anchors jsonb, ADD COLUMN withdrawn_at timestamptz`);
    await q.query(`ALTER TABLE responses ADD COLUMN text_version int, ADD COLUMN passage_anchor text, ADD COLUMN passage_quote text, ADD COLUMN lang text`);
    // The per-paragraph counts and the filtered list of the proposal page.
    await q.query(`CREATE INDEX responses_public_passage ON responses (proposal_id, passage_anchor) WHERE status = 'published' AND is_public AND passage_anchor IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX responses_public_passage`);
    await q.query(`ALTER TABLE responses DROP COLUMN text_version, DROP COLUMN passage_anchor, DROP COLUMN passage_quote, DROP COLUMN lang`);
    await q.query(`ALTER TABLE proposal_projection DROP COLUMN text_version, DROP COLUMN anchors, DROP COLUMN withdrawn_at`);
  }
}
