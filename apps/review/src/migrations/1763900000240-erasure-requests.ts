import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure requests (AVG art. 17) and each service's answer. Never the address: only its keyed hash
 * (what the request event carries), who asked, and the counts each service erased.
 */
export class ErasureRequests1763900000240 implements MigrationInterface {
  name = 'ErasureRequests1763900000240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erasure_requests (
        id uuid PRIMARY KEY,
        subject_hash text NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await q.query(`CREATE INDEX erasure_requests_requested_at ON erasure_requests (requested_at DESC, id)`);
    await q.query(`
      CREATE TABLE erasure_answers (
        erasure_id uuid NOT NULL REFERENCES erasure_requests(id),
        service text NOT NULL,
        erased jsonb NOT NULL,
        answered_at timestamptz NOT NULL,
        PRIMARY KEY (erasure_id, service)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erasure_answers`);
    await q.query(`DROP TABLE erasure_requests`);
  }
}
