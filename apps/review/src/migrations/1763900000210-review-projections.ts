import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review's projections and its own records.
 *
 * Projections (rebuilt by replay): strategy versions and themes, richer report facts, and the
 * figure ledger — `figure_counters` (what compiling reads: cost by themes × years × dimensions),
 * `figure_members` (which record counts towards which figure now) and `figure_contributions` (an
 * append-only log of membership changes, so a compiled review can list exactly the records it
 * counted as of its ledger position, even after the projection moved on).
 *
 * Own records (never reset by replay): review jobs, immutable review revisions, amendments and
 * strategy revision requests.
 */
export class ReviewProjections1763900000210 implements MigrationInterface {
  name = 'ReviewProjections1763900000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE strategy_versions (
        version text PRIMARY KEY,
        previous_version text,
        title text NOT NULL,
        published_at timestamptz NOT NULL,
        changes jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE strategy_themes (
        version text NOT NULL,
        code text NOT NULL,
        title text NOT NULL,
        ambition text NOT NULL,
        actions jsonb NOT NULL,
        track int NOT NULL,
        spearhead int,
        PRIMARY KEY (version, code)
      )`);
    // Placeholders: a BarrierMarkedDuplicate may name an original whose BarrierReported sits on
    // another partition and has not arrived yet; the row exists then with reported_at NULL.
    await q.query(`ALTER TABLE report_facts ALTER COLUMN reference DROP NOT NULL,
      ALTER COLUMN reported_at DROP NOT NULL, ALTER COLUMN year DROP NOT NULL, ALTER COLUMN status DROP NOT NULL,
      ALTER COLUMN technology DROP NOT NULL, ALTER COLUMN sector DROP NOT NULL, ALTER COLUMN regulation_name DROP NOT NULL,
      ALTER COLUMN company_size_class DROP NOT NULL`);
    await q.query(`ALTER TABLE report_facts
      ADD COLUMN strategy_version text,
      ADD COLUMN priority text,
      ADD COLUMN department text,
      ADD COLUMN duplicate_of uuid,
      ADD COLUMN duplicate_count int NOT NULL DEFAULT 0,
      ADD COLUMN handling_working_days int,
      ADD COLUMN overdue boolean,
      ADD COLUMN published boolean,
      ADD COLUMN publish_consent boolean`);
    await q.query(`
      CREATE TABLE figure_counters (
        key text PRIMARY KEY,
        metric text NOT NULL,
        year int NOT NULL,
        theme text NOT NULL,
        dimension text NOT NULL,
        value int NOT NULL
      )`);
    await q.query(`CREATE INDEX figure_counters_year_metric ON figure_counters (year, metric)`);
    await q.query(`
      CREATE TABLE figure_members (
        key text NOT NULL,
        record_id text NOT NULL,
        weight int NOT NULL,
        PRIMARY KEY (key, record_id)
      )`);
    await q.query(`
      CREATE TABLE figure_contributions (
        position bigserial PRIMARY KEY,
        key text NOT NULL,
        record_id text NOT NULL,
        delta int NOT NULL
      )`);
    await q.query(`CREATE INDEX figure_contributions_key ON figure_contributions (key, position)`);

    await q.query(`
      CREATE TABLE review_jobs (
        id uuid PRIMARY KEY,
        year int NOT NULL,
        status text NOT NULL,
        step int NOT NULL DEFAULT 0,
        total_steps int NOT NULL DEFAULT 0,
        partial jsonb NOT NULL DEFAULT '{}'::jsonb,
        as_of_position bigint,
        lease_until timestamptz,
        requested_by text NOT NULL,
        revision int,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_jobs_pending ON review_jobs (created_at) WHERE status IN ('queued', 'running')`);
    await q.query(`
      CREATE TABLE reviews (
        year int NOT NULL,
        revision int NOT NULL,
        job_id uuid NOT NULL,
        compiled_at timestamptz NOT NULL,
        as_of_position bigint NOT NULL,
        content jsonb NOT NULL,
        figures jsonb NOT NULL,
        PRIMARY KEY (year, revision)
      )`);
    // A compiled revision is immutable: compiling again makes a new one.
    await q.query(`
      CREATE FUNCTION reviews_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'a compiled review revision is immutable'; END $$`);
    await q.query(`CREATE TRIGGER reviews_no_update BEFORE UPDATE OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION reviews_immutable()`);
    await q.query(`
      CREATE TABLE amendments (
        id uuid PRIMARY KEY,
        year int NOT NULL,
        kind text NOT NULL,
        theme_code text NOT NULL,
        action_index int,
        text text,
        summary text NOT NULL,
        evidence jsonb NOT NULL,
        status text NOT NULL,
        reason text,
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL,
        decided_by text,
        decided_at timestamptz,
        revision_request_id uuid
      )`);
    await q.query(`CREATE INDEX amendments_year ON amendments (year, proposed_at)`);
    await q.query(`
      CREATE TABLE strategy_revision_requests (
        id uuid PRIMARY KEY,
        year int NOT NULL,
        base_version text NOT NULL,
        new_version text NOT NULL UNIQUE,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['strategy_revision_requests', 'amendments', 'reviews', 'review_jobs', 'figure_contributions', 'figure_members', 'figure_counters', 'strategy_themes', 'strategy_versions']) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION reviews_immutable()`);
  }
}
