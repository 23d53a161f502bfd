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
 *
 * Why it is shaped like this (issue 14): asking "which status at the end of week w" per report
 * and week costs reports × weeks timeline scans (2 s with 1 200 reports). Instead each timeline
 * entry becomes a segment, holding from its week to the week of the next entry; a segment adds
 * one to "open" from its first week and takes it away from its last, and a week's count is the
 * running sum of those steps — one pass over the timelines, whatever the number of weeks. The
 * same for "overdue", whose steps start at the later of the segment's week and the week in which
 * its deadline passed. Handling times are counted only for answers inside the window. Reports
 * closed before the window are not read at all (`status_since`, migration 1765400000100): the
 * query's cost follows the open and recent reports, not the years of history.
 */
const WEEKLY = `
WITH weeks AS (
  SELECT w::date AS week,
         (w AT TIME ZONE ${TZ}) AS starts_at,
         ((w + interval '7 days') AT TIME ZONE ${TZ}) AS ends_at
    FROM generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE ${TZ}) - ($3::int - 1) * interval '1 week',
                         date_trunc('week', $1::timestamptz AT TIME ZONE ${TZ}), interval '1 week') AS w
),
entries AS (
  SELECT r.id, r.received_at, r.triage_by, r.answer_by, r.pauses, e.entry->>'status' AS status, (e.entry->>'at')::timestamptz AS at, e.n
    FROM barrier_reports r
    LEFT JOIN LATERAL jsonb_array_elements(r.timeline) WITH ORDINALITY AS e(entry, n) ON TRUE
   WHERE ($2::text IS NULL OR r.department = $2) AND r.received_at <= $1::timestamptz
     -- Only reports that can count in the window: open now, or touched since it began. One that
     -- was closed before keeps its earlier open and overdue steps in pairs (+1 and -1, both before
     -- the first week), so leaving it out changes no week's running sum — and years of closed
     -- reports are not read.
     AND (r.status IN ${OPEN} OR r.status_since >= (SELECT min(starts_at) FROM weeks))
),
segments AS (
  -- An entry holds from its moment until the next entry's (the last one: until now). An entry
  -- dated after now (a clock ahead of the database's) does not count yet.
  SELECT status, triage_by, answer_by,
         date_trunc('week', at AT TIME ZONE ${TZ})::date AS from_week,
         date_trunc('week', lead(at) OVER (PARTITION BY id ORDER BY at, n) AT TIME ZONE ${TZ})::date AS to_week
    FROM entries WHERE at <= $1::timestamptz
  UNION ALL
  -- Before its first entry (or without any) a report counts as received.
  SELECT 'received', triage_by, answer_by, date_trunc('week', received_at AT TIME ZONE ${TZ})::date,
         date_trunc('week', first_at AT TIME ZONE ${TZ})::date
    FROM (SELECT id, min(received_at) AS received_at, min(triage_by) AS triage_by, min(answer_by) AS answer_by,
                 min(at) FILTER (WHERE at <= $1::timestamptz) AS first_at
            FROM entries GROUP BY id) f
   WHERE first_at IS NULL OR received_at < first_at
),
overdue_segments AS (
  -- Overdue from the first day after the deadline (received: the triage or the answer deadline),
  -- counted in the week containing that day, if it has come by now.
  SELECT greatest(from_week, date_trunc('week', due_from::timestamp)::date) AS start_week, to_week
    FROM (SELECT from_week, to_week,
                 (CASE WHEN status = 'received' THEN least(triage_by, answer_by) ELSE answer_by END) + 1 AS due_from
            FROM segments WHERE status IN ${RUNNING}) s
   WHERE due_from <= ($1::timestamptz AT TIME ZONE ${TZ})::date
),
steps AS (
  SELECT from_week AS week, 1 AS open, 0 AS overdue FROM segments WHERE status IN ${OPEN}
  UNION ALL SELECT to_week, -1, 0 FROM segments WHERE status IN ${OPEN} AND to_week IS NOT NULL
  UNION ALL SELECT start_week, 0, 1 FROM overdue_segments WHERE to_week IS NULL OR start_week < to_week
  UNION ALL SELECT to_week, 0, -1 FROM overdue_segments WHERE to_week IS NOT NULL AND start_week < to_week
),
running AS (
  SELECT DISTINCT week, sum(open) OVER (ORDER BY week) AS open, sum(overdue) OVER (ORDER BY week) AS overdue
    FROM (SELECT week, open, overdue FROM steps UNION ALL SELECT week, 0, 0 FROM weeks) x
),
in_window AS (
  SELECT status, at, received_at, pauses FROM entries
   WHERE status IN ('reopened', 'resolved', 'rejected') AND at >= (SELECT min(starts_at) FROM weeks)
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
    FROM in_window a WHERE a.status IN ('resolved', 'rejected')
)
SELECT w.week::text AS week,
       coalesce(r.open, 0)::int AS open,
       coalesce(r.overdue, 0)::int AS overdue,
       (SELECT count(*)::int FROM in_window e WHERE e.status = 'reopened' AND e.at >= w.starts_at AND e.at < w.ends_at) AS reopened,
       h.answered, h.average_days, h.p90_days
  FROM weeks w
  LEFT JOIN running r ON r.week = w.week
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
