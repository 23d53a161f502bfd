import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntry, ReportAuditLog } from '../../application/ports/report-audit-log';

@Injectable()
export class TypeOrmReportAuditLog extends ReportAuditLog {
  async record(manager: EntityManager, e: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO report_audit_log (report_id, at, actor_role, actor_id, action, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.reportId, e.at, e.by.role, e.by.id, e.action, JSON.stringify(e.details ?? {})],
    );
  }
}
