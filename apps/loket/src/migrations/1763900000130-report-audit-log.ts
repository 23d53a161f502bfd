import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log of staff access to reports (who, when, what, which report). Append-only: a trigger
 * refuses UPDATE and DELETE, so not even the loket itself can rewrite what it recorded. It holds
 * no personal data of the reporter (codes and references only), so erasing a reporter never
 * needs to touch it.
 */
export class ReportAuditLog1763900000130 implements MigrationInterface {
  name = 'ReportAuditLog1763900000130';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES barrier_reports(id),
        at timestamptz NOT NULL,
        actor_role text NOT NULL,
        actor_id text NOT NULL,
        action text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX report_audit_log_report ON report_audit_log (report_id, at, id)`);
    await q.query(`CREATE INDEX barrier_reports_department ON barrier_reports (department)`);
    await q.query(`
      CREATE FUNCTION report_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'report_audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER report_audit_log_append_only BEFORE UPDATE OR DELETE ON report_audit_log
        FOR EACH ROW EXECUTE FUNCTION report_audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_audit_log`);
    await q.query(`DROP FUNCTION report_audit_log_append_only()`);
    await q.query(`DROP INDEX barrier_reports_department`);
  }
}
