import { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per finished compile step, so a step writes only its own section, not the whole job again. */
export class ReviewJobParts1763900000230 implements MigrationInterface {
  name = 'ReviewJobParts1763900000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_job_parts (
        job_id uuid NOT NULL REFERENCES review_jobs (id) ON DELETE CASCADE,
        step int NOT NULL,
        section jsonb NOT NULL,
        figures jsonb NOT NULL,
        PRIMARY KEY (job_id, step)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_job_parts`);
  }
}
