/**
 * The query behind each open dataset (domain/datasets.ts documents their columns). Each selects
 * exactly the documented columns, in a stable order, from the review's own projections.
 */
export const DATASET_SQL: Record<string, string> = {
  'barrier-reports': `SELECT f.reference, f.year, to_char(f.reported_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS reported_on, f.theme, f.strategy_version,
                 f.status, f.outcome, f.handling_working_days, f.overdue, f.technology, f.sector, f.regulation_bwb_id, f.company_size_class,
                 o.reference AS duplicate_of, f.duplicate_count AS duplicates
            FROM report_facts f LEFT JOIN report_facts o ON o.report_id = f.duplicate_of
           WHERE f.reported_at IS NOT NULL ORDER BY f.reported_at, f.reference`,
  'figures': `SELECT year, split_part(theme, '@', 1) AS theme, nullif(split_part(theme, '@', 2), '') AS strategy_version, metric, dimension, value
            FROM figure_counters WHERE value > 0 ORDER BY year, theme, metric, dimension`,
  'outcomes': `SELECT year, split_part(theme, '@', 1) AS theme, nullif(split_part(theme, '@', 2), '') AS strategy_version, dimension AS outcome, value AS reports
            FROM figure_counters WHERE metric = 'outcome' AND value > 0 ORDER BY year, theme, dimension`,
  'consultations': `SELECT p.proposal_id, p.title, p.theme, p.strategy_version, p.status,
                 to_char(p.opens_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS opens_on, to_char(p.closes_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS closes_on,
                 count(r.response_id)::int AS responses, count(r.response_id) FILTER (WHERE r.on_behalf_of_organisation)::int AS responses_from_organisations,
                 to_char(p.answered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS answered_on
            FROM proposal_facts p LEFT JOIN response_facts r USING (proposal_id)
           WHERE p.status IS NOT NULL AND p.status <> 'draft' GROUP BY p.proposal_id ORDER BY p.opens_at, p.proposal_id`,
  'strategy-versions': `SELECT v.version, v.previous_version, v.title, to_char(v.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS published_at,
                 (SELECT count(*)::int FROM strategy_themes t WHERE t.version = v.version) AS themes, jsonb_array_length(v.changes) AS changes
            FROM strategy_versions v ORDER BY v.published_at, v.version`,
  'strategy-themes': `SELECT version, code, title, track, spearhead, jsonb_array_length(actions) AS actions FROM strategy_themes ORDER BY version, code`,
  'amendments': `SELECT a.id, a.year, a.kind, a.theme_code AS theme, a.summary, a.status, a.reason, jsonb_array_length(a.evidence) AS evidence, r.new_version AS requested_in_version
            FROM amendments a LEFT JOIN strategy_revision_requests r ON r.id = a.revision_request_id ORDER BY a.year, a.proposed_at, a.id`,
};
