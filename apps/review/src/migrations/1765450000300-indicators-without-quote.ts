import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coordinators define indicators for later strategy versions (issue 12): an ambition of a later
 * version may have an indicator the strategy text does not word as a target, so the section and
 * quote become optional — as a pair, since a quote means nothing without the section it is from.
 * The seeded 2018 rows all have both.
 */
export class IndicatorsWithoutQuote1765450000300 implements MigrationInterface {
  name = 'IndicatorsWithoutQuote1765450000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE indicators ALTER COLUMN target_section DROP NOT NULL, ALTER COLUMN target_quote DROP NOT NULL`);
    await q.query(`ALTER TABLE indicators ADD CONSTRAINT indicators_target_source_pair CHECK ((target_section IS NULL) = (target_quote IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Fails while an indicator without a quote exists: going back would have to delete what coordinators defined.
    await q.query(`ALTER TABLE indicators DROP CONSTRAINT indicators_target_source_pair`);
    await q.query(`ALTER TABLE indicators ALTER COLUMN target_section SET NOT NULL, ALTER COLUMN target_quote SET NOT NULL`);
  }
}
