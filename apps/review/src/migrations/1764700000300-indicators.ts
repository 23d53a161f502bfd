import { MigrationInterface, QueryRunner } from 'typeorm';
import { INDICATOR_TARGETS_2018 } from '../indicators/infrastructure/seed/indicator-targets-2018';

/**
 * Indicators of the strategy's ambitions with their targets (issue 12), seeded with the aims the
 * 2018 text states, and the values coordinators record. Values are append-only: a correction is a
 * new row naming the one it corrects, so the history a reader sees cannot be rewritten.
 */
export class Indicators1764700000300 implements MigrationInterface {
  name = 'Indicators1764700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_version text NOT NULL,
        theme text NOT NULL,
        code text NOT NULL,
        definition_nl text NOT NULL,
        definition_en text NOT NULL,
        unit text NOT NULL,
        source text NOT NULL,
        target_value numeric,
        target_year int,
        target_comparison text CHECK (target_comparison IN ('at-least', 'at-most')),
        target_section text NOT NULL,
        target_quote text NOT NULL,
        UNIQUE (strategy_version, code),
        CHECK ((target_value IS NULL) = (target_comparison IS NULL))
      )`);
    await q.query(`CREATE INDEX indicators_theme ON indicators (strategy_version, theme)`);
    await q.query(`
      CREATE TABLE indicator_values (
        id uuid PRIMARY KEY,
        indicator_id uuid NOT NULL REFERENCES indicators (id),
        value numeric NOT NULL,
        period text NOT NULL,
        source text NOT NULL,
        observed_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        corrects uuid REFERENCES indicator_values (id),
        correction_reason text,
        CHECK ((corrects IS NULL) = (correction_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX indicator_values_indicator ON indicator_values (indicator_id, period, recorded_at)`);
    for (const i of INDICATOR_TARGETS_2018) {
      await q.query(
        `INSERT INTO indicators (strategy_version, theme, code, definition_nl, definition_en, unit, source, target_value, target_year, target_comparison, target_section, target_quote)
         VALUES ('2018.0', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [i.theme, i.code, i.definition.nl, i.definition.en, i.unit, i.source, i.target.value, i.target.year, i.target.comparison, i.target.source.section, i.target.source.quote],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE indicator_values`);
    await q.query(`DROP TABLE indicators`);
  }
}
