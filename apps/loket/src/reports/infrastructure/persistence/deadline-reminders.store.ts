import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DeadlineReminders, DueReport } from '../../application/ports/deadline-reminders';

/** `barrier_reports` × `official_deadline_reminders`, in parameterised SQL (ADR 0009). */
@Injectable()
export class SqlDeadlineReminders extends DeadlineReminders {
  async due(manager: EntityManager, from: string, to: string, limit: number): Promise<DueReport[]> {
    // Waiting for the reporter: the deadline moves every day, nobody can act. Split: the parts have deadlines of their own.
    const rows: { id: string; reference: string; answer_by: string; department: string | null }[] = await manager.query(
      `SELECT r.id, r.reference, to_char(r.answer_by, 'YYYY-MM-DD') AS answer_by, r.department
         FROM barrier_reports r
        WHERE r.status IN ('received', 'triaged', 'in_progress', 'reopened')
          AND r.answer_by BETWEEN $1::date AND $2::date
          AND NOT EXISTS (SELECT 1 FROM official_deadline_reminders d WHERE d.report_id = r.id AND d.answer_by = r.answer_by)
        ORDER BY r.answer_by, r.reference
        LIMIT $3`,
      [from, to, limit],
    );
    return rows.map((r) => ({ id: r.id, reference: r.reference, answerBy: r.answer_by, ...(r.department ? { department: r.department } : {}) }));
  }

  async claim(manager: EntityManager, reportId: string, answerBy: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO official_deadline_reminders (report_id, answer_by, mailed_at) VALUES ($1, $2::date, $3)
       ON CONFLICT (report_id, answer_by) DO NOTHING RETURNING report_id`,
      [reportId, answerBy, at],
    );
    return rows.length === 1;
  }
}
