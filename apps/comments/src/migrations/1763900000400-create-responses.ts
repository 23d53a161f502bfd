import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateResponses1763900000400 implements MigrationInterface {
  name = 'CreateResponses1763900000400';

  async up(q: QueryRunner): Promise<void> {
    // Our own view of proposals, from consultation.* events: the comments service decides on its
    // own whether a consultation is open (no call to the proposals service).
    await q.query(`
      CREATE TABLE proposal_projection (
        proposal_id uuid PRIMARY KEY,
        title text NOT NULL,
        theme text NOT NULL,
        moderation text NOT NULL,
        questions jsonb NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        status text NOT NULL,
        answered_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE responses (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposal_projection(proposal_id),
        parent_id uuid REFERENCES responses(id),
        body text NOT NULL,
        answers jsonb NOT NULL,
        author_name text NOT NULL,
        author_email text NOT NULL,
        email_normalised text NOT NULL,
        respondent_id text NOT NULL,
        on_behalf_of text,
        is_public boolean NOT NULL,
        status text NOT NULL,
        moderation_reason text,
        needs_review boolean NOT NULL DEFAULT false,
        flag_count int NOT NULL DEFAULT 0,
        support_count int NOT NULL DEFAULT 0,
        submitted_at timestamptz NOT NULL,
        verified_at timestamptz,
        published_at timestamptz,
        moderated_at timestamptz,
        version int NOT NULL
      )`);
    // One response per e-mail address per proposal (replies to others are not counted as duplicates).
    await q.query(`CREATE UNIQUE INDEX responses_one_per_email ON responses (proposal_id, email_normalised) WHERE parent_id IS NULL`);
    await q.query(`CREATE INDEX responses_public ON responses (proposal_id, published_at) WHERE status = 'published' AND is_public`);
    await q.query(`CREATE INDEX responses_queue ON responses (submitted_at) WHERE status = 'pending-moderation' OR needs_review`);
    await q.query(`CREATE INDEX responses_parent ON responses (parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE verifications (
        token_hash text PRIMARY KEY,
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        email_normalised text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE supports (
        response_id uuid NOT NULL REFERENCES responses(id),
        email_normalised text NOT NULL,
        supporter_id text NOT NULL,
        support_id uuid NOT NULL UNIQUE,
        counted boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        counted_at timestamptz,
        PRIMARY KEY (response_id, email_normalised)
      )`);
    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY,
        response_id uuid NOT NULL REFERENCES responses(id),
        reason text NOT NULL,
        explanation text,
        client_key text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (response_id, client_key)
      )`);
    // Sliding-window rate limits shared by every replica. Keys are hashes, never raw addresses.
    await q.query(`CREATE TABLE rate_limit_hits (key text NOT NULL, at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX rate_limit_hits_key_at ON rate_limit_hits (key, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['rate_limit_hits', 'flags', 'supports', 'verifications', 'responses', 'proposal_projection']) await q.query(`DROP TABLE ${t}`);
  }
}
