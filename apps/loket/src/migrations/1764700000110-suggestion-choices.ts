import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What officials chose at triage beside what the theme/department suggester proposed (issue 10,
 * item 1): one row per triage, to measure the suggester on real traffic (how often the chosen code
 * was the first suggestion, or among the three). Codes and figures only — no text of the report.
 */
export class SuggestionChoices1764700000110 implements MigrationInterface {
  name = 'SuggestionChoices1764700000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_suggestion_choices (
        id bigserial PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES barrier_reports(id),
        chosen_at timestamptz NOT NULL,
        trained_on int NOT NULL,
        suggested_themes jsonb NOT NULL,
        chosen_theme text NOT NULL,
        theme_rank smallint,
        suggested_departments jsonb NOT NULL,
        chosen_department text NOT NULL,
        department_rank smallint
      )`);
    await q.query(`CREATE INDEX report_suggestion_choices_report ON report_suggestion_choices (report_id)`);
    await q.query(`CREATE INDEX report_suggestion_choices_chosen_at ON report_suggestion_choices (chosen_at)`);
    // Training reads the most recently triaged reports of a strategy version.
    await q.query(`CREATE INDEX barrier_reports_triaged ON barrier_reports (strategy_version, received_at DESC) WHERE theme IS NOT NULL AND department IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX barrier_reports_triaged`);
    await q.query(`DROP TABLE report_suggestion_choices`);
  }
}
