import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Routing rules (issue 10, item 2): an admin's rules in their order of precedence, and per report
 * the rule that routed it at intake, as the rule was then (a later edit or delete of the rule
 * changes no report's history, so no foreign key to the rule).
 */
export class RoutingRules1765100000200 implements MigrationInterface {
  name = 'RoutingRules1765100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE routing_rules (
        id uuid PRIMARY KEY,
        position int NOT NULL CHECK (position > 0),
        match jsonb NOT NULL,
        department text NOT NULL,
        handler_group text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT routing_rules_position UNIQUE (position) DEFERRABLE INITIALLY IMMEDIATE
      )`);
    await q.query(`
      CREATE TABLE report_routings (
        report_id uuid PRIMARY KEY REFERENCES barrier_reports (id) ON DELETE CASCADE,
        rule_id uuid NOT NULL,
        rule_position int NOT NULL,
        match jsonb NOT NULL,
        department text NOT NULL,
        handler_group text,
        routed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_routings`);
    await q.query(`DROP TABLE routing_rules`);
  }
}
