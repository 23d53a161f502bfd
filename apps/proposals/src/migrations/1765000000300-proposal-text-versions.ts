import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 (proposals that can change): the current text version with its paragraph anchors
 * (`text`, null for drafts), a withdrawal, and the earlier text versions beside the proposal.
 * Proposals published before this get their first version from their body (anchors a1…aN), the
 * same rule `firstVersion` applies, so responses to them can point at paragraphs too.
 */
export class ProposalTextVersions1765000000300 implements MigrationInterface {
  name = 'ProposalTextVersions1765000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposals ADD COLUMN text jsonb, ADD COLUMN withdrawal jsonb`);
    await q.query(`
      CREATE TABLE proposal_text_versions (
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        version int NOT NULL,
        body text NOT NULL,
        paragraphs jsonb NOT NULL,
        replaced_at timestamptz NOT NULL,
        PRIMARY KEY (proposal_id, version)
      )`);
    await q.query(`
      UPDATE proposals p SET text = (
        SELECT jsonb_build_object(
                 'version', 1,
                 'paragraphs', COALESCE(jsonb_agg(jsonb_build_object('anchor', 'a' || n, 'since', 1, 'text', part) ORDER BY n), '[]'::jsonb),
                 'nextAnchor', COALESCE(max(n), 0) + 1)
          FROM (SELECT row_number() OVER (ORDER BY ord) AS n, regexp_replace(raw, '^\\n+|\\s+$', '', 'g') AS part
                  FROM unnest(regexp_split_to_array(replace(p.body, E'\\r', ''), '\\n[ \\t]*\\n')) WITH ORDINALITY AS u(raw, ord)
                 WHERE btrim(raw, E' \\t\\n') <> '') parts)
       WHERE p.status <> 'draft'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposal_text_versions`);
    await q.query(`ALTER TABLE proposals DROP COLUMN text, DROP COLUMN withdrawal`);
  }
}
