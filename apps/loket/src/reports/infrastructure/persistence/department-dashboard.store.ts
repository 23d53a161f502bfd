import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DashboardRequest, DashboardWeek, DepartmentDashboard } from '../../application/ports/department-dashboard';

const TZ = `'Europe/Amsterdam'`;
/** Statuses in which a report is work (waiting for the reporter too: it is not done). */
const OPEN = `('received','triaged','in_progress','reopened','waiting_for_reporter')`;
/** Of those, the ones whose deadline runs (the clock stands still while waiting for the reporter). */
const RUNNING = `('received','triaged','in_progress','reopened')`;

/**
 * The department dashboard in one query (ADR 0009: set-based, so SQL in a store). Per ISO week of
 * the last `weeks` (Monday to Sunday in Amsterdam):
 * - status at the week's end (the running week: now) from the report's timeline — its last entry
 *   not after that moment — so open and overdue are as they were then, not as they are now;
 *   overdue uses the deadlines as they stand now (a later question or reopening moves them);
 * - reopenings and answers (resolved / not admissible) from the timeline entries in the week;
 * - handling time of an answer: working days after the day of receipt up to and including the day
 *   of the answer, weekdays that are not Dutch non-working days ($4, from the loket's calendar) and
 *   not touched by a pause — BarrierReport.handlingWorkingDays, in SQL; mean and percentile_cont(0.9).
 * A report counts for the department it is triaged to now (a report moves with its triage).
 */
const WEEKLY = `
WITH weeks AS (
  SELECT w::date AS week,
         (w AT TIME ZONE ${TZ}) AS starts_at,
         ((w + interval '7 days') AT TIME ZONE ${TZ}) AS ends_at,
         least(((w + interval '7 days') AT TIME ZONE ${TZ}) - interval '1 millisecond', $1::timestamptz) AS as_of
    FROM generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE ${TZ}) - ($3::int - 1) * interval '1 week',
                         date_trunc('week', $1::timestamptz AT TIME ZONE ${TZ}), interval '1 week') AS w
),
reports AS (
  SELECT id, received_at, triage_by, answer_by, timeline, pauses
    FROM barrier_reports
   WHERE ($2::text IS NULL OR department = $2) AND received_at <= $1::timestamptz
),
states AS (
  SELECT w.week, coalesce(s.status, 'received') AS status, r.triage_by, r.answer_by, (w.as_of AT TIME ZONE ${TZ})::date AS as_of_date
    FROM weeks w
    JOIN reports r ON r.received_at <= w.as_of
    LEFT JOIN LATERAL (
      SELECT e.entry->>'status' AS status
        FROM jsonb_array_elements(r.timeline) WITH ORDINALITY AS e(entry, n)
       WHERE (e.entry->>'at')::timestamptz <= w.as_of
       ORDER BY (e.entry->>'at')::timestamptz DESC, e.n DESC
       LIMIT 1
    ) s ON TRUE
),
status_counts AS (
  SELECT week,
         count(*) FILTER (WHERE status IN ${OPEN})::int AS open,
         count(*) FILTER (WHERE status IN ${RUNNING} AND ((status = 'received' AND triage_by < as_of_date) OR answer_by < as_of_date))::int AS overdue
    FROM states GROUP BY week
),
entries AS (
  SELECT e.entry->>'status' AS status, (e.entry->>'at')::timestamptz AS at, r.received_at, r.pauses
    FROM reports r CROSS JOIN LATERAL jsonb_array_elements(r.timeline) AS e(entry)
   WHERE e.entry->>'status' IN ('reopened', 'resolved', 'rejected')
),
answers AS (
  SELECT a.at,
         (SELECT count(*)
            FROM generate_series(((a.received_at AT TIME ZONE ${TZ})::date + 1)::timestamp, ((a.at AT TIME ZONE ${TZ})::date)::timestamp, interval '1 day') AS d
           WHERE extract(isodow FROM d) < 6
             AND d::date <> ALL ($4::date[])
             AND NOT EXISTS (
               SELECT 1 FROM jsonb_array_elements(a.pauses) AS p
                WHERE (p->>'from')::timestamptz < a.at
                  AND d::date BETWEEN ((p->>'from')::timestamptz AT TIME ZONE ${TZ})::date
                                  AND ((CASE WHEN p->>'to' IS NULL THEN a.at ELSE (p->>'to')::timestamptz - interval '1 millisecond' END) AT TIME ZONE ${TZ})::date)
         )::int AS days
    FROM entries a WHERE a.status IN ('resolved', 'rejected')
)
SELECT w.week::text AS week,
       coalesce(sc.open, 0) AS open,
       coalesce(sc.overdue, 0) AS overdue,
       (SELECT count(*)::int FROM entries e WHERE e.status = 'reopened' AND e.at >= w.starts_at AND e.at < w.ends_at) AS reopened,
       h.answered, h.average_days, h.p90_days
  FROM weeks w
  LEFT JOIN status_counts sc ON sc.week = w.week
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS answered, avg(days)::float8 AS average_days, percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90_days
      FROM answers a WHERE a.at >= w.starts_at AND a.at < w.ends_at
  ) h
 ORDER BY w.week`;

@Injectable()
export class SqlDepartmentDashboard extends DepartmentDashboard {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async weekly({ department, now, weeks, nonWorkingWeekdays }: DashboardRequest): Promise<DashboardWeek[]> {
    const rows: { week: string; open: number; overdue: number; reopened: number; answered: number; average_days: number | null; p90_days: number | null }[] = await this.ds.query(WEEKLY, [
      now,
      department,
      weeks,
      nonWorkingWeekdays,
    ]);
    return rows.map((r) => ({
      week: r.week,
      open: r.open,
      overdue: r.overdue,
      reopened: r.reopened,
      answered: r.answered,
      averageDays: r.average_days === null ? null : Number(r.average_days),
      p90Days: r.p90_days === null ? null : Number(r.p90_days),
    }));
  }
}
