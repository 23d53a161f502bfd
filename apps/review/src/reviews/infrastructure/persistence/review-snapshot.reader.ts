import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { themeRef } from '../../../shared/domain/figure-key';
import { ReviewSnapshots } from '../../application/ports/review-snapshots';
import { ReviewSnapshot } from '../../domain/review-builder';

const group = <T>(rows: (T & { ref: string })[]): Record<string, T[]> => {
  const out: Record<string, T[]> = {};
  for (const { ref, ...rest } of rows) (out[ref] ??= []).push(rest as unknown as T);
  return out;
};

/**
 * Reads everything a compile needs. Call inside a REPEATABLE READ transaction so the counters, the
 * ledger position and the snapshot (which projection transactions had committed) belong to the same
 * moment. Reads counters, not events: bounded by themes ×
 * years × dimensions; the per-theme lists are bounded by LIMITs.
 */
@Injectable()
export class SqlReviewSnapshots extends ReviewSnapshots {
  read(m: EntityManager, year: number): Promise<ReviewSnapshot> {
    return readReviewSnapshot(m, year);
  }
}

async function readReviewSnapshot(m: EntityManager, year: number): Promise<ReviewSnapshot> {
  const [{ position, snapshot }] = await m.query(`SELECT coalesce(max(position), 0)::bigint AS position, pg_current_snapshot()::text AS snapshot FROM figure_contributions`);
  const counters: { key: string; value: number }[] = await m.query(
    `SELECT key, value FROM figure_counters WHERE year IN ($1, $2) ORDER BY key`,
    [year, year - 1],
  );
  const [latest] = await m.query(`SELECT version FROM strategy_versions ORDER BY published_at DESC, version DESC LIMIT 1`);
  const themes: { version: string; code: string; title: string }[] = await m.query(`SELECT version, code, title FROM strategy_themes`);
  const reports = await m.query(
    `SELECT proposal_id AS "proposalId", coalesce(report_title, title) AS title, answered_at AS "answeredAt",
            coalesce(report_response_count, 0) AS responses, theme || '@' || coalesce(strategy_version, '?') AS ref
       FROM proposal_facts WHERE answered_at IS NOT NULL AND extract(year FROM answered_at AT TIME ZONE 'Europe/Amsterdam') = $1
      ORDER BY answered_at, proposal_id`,
    [year],
  );
  const notable = await m.query(
    `SELECT "responseId", "proposalId", "supportCount", ref FROM (
       SELECT r.response_id AS "responseId", r.proposal_id AS "proposalId", r.support_count AS "supportCount",
              r.theme || '@' || coalesce(p.strategy_version, '?') AS ref,
              row_number() OVER (PARTITION BY r.theme ORDER BY r.support_count DESC, r.response_id) AS rank
         FROM response_facts r LEFT JOIN proposal_facts p USING (proposal_id)
        WHERE r.year = $1 AND r.public AND r.status = 'published' AND r.support_count > 0) ranked
      WHERE rank <= 3 ORDER BY ref, rank`,
    [year],
  );
  // An analysis belongs to the year it was signed off in (when it became public), under its proposal's theme.
  const analyses = await m.query(
    `SELECT a.proposal_id AS "proposalId", coalesce(p.title, '') AS title, a.responses, a.themes, a.stances, a.signed_off_at AS "signedOffAt",
            p.theme || '@' || coalesce(p.strategy_version, '?') AS ref
       FROM consultation_analyses a JOIN proposal_facts p USING (proposal_id)
      WHERE p.theme IS NOT NULL AND extract(year FROM a.signed_off_at AT TIME ZONE 'Europe/Amsterdam') = $1
      ORDER BY a.signed_off_at, a.proposal_id`,
    [year],
  );
  const amendments: { id: string; kind: string; summary: string; status: string; reason: string | null; evidence: { type: string; id: string }[]; citedRegulations: string[]; themeCode: string }[] = await m.query(
    `SELECT id, kind, summary, status, reason, evidence, theme_code AS "themeCode",
            coalesce((SELECT array_agg(DISTINCT c.bwb_id ORDER BY c.bwb_id) FROM amendment_citations c WHERE c.amendment_id = a.id), '{}') AS "citedRegulations"
       FROM amendments a WHERE year = $1 ORDER BY proposed_at, id`,
    [year],
  );
  // The article the year's reports citing a regulation agree on, per theme (`themeRef`: `code@version`, `-` unclassified).
  const articles: { ref: string; bwbId: string; article: string; reports: number }[] = await m.query(
    `SELECT CASE WHEN theme IS NOT NULL AND strategy_version IS NOT NULL THEN theme || '@' || strategy_version ELSE '-' END AS ref,
            regulation_bwb_id AS "bwbId", min(regulation_article) AS article, count(*)::int AS reports
       FROM report_facts
      WHERE year = $1 AND reported_at IS NOT NULL AND regulation_bwb_id IS NOT NULL
      GROUP BY 1, 2
     HAVING count(regulation_article) = count(*) AND count(DISTINCT regulation_article) = 1`,
    [year],
  );
  const regulationArticles: NonNullable<ReviewSnapshot['regulationArticles']> = {};
  for (const { ref, bwbId, article, reports } of articles) (regulationArticles[ref] ??= {})[bwbId] = { article, reports };
  // The year's reports per Dutch calendar month (the monitor's months), for the documents' trend chart.
  const months: { month: string; reports: number }[] = await m.query(
    `SELECT to_char(date_trunc('month', reported_at AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM') AS month, count(*)::int AS reports
       FROM report_facts WHERE year = $1 AND reported_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
    [year],
  );
  // Each indicator's current value per period up to the year (a correction replaces what it
  // corrects; the latest recorded value of a period counts, as the indicators page shows them).
  const indicatorRows: { ref: string; code: string; nl: string; en: string; unit: string; targetValue: string | null; targetYear: number | null; comparison: 'at-least' | 'at-most' | null; values: { period: string; value: string }[] }[] = await m.query(
    `WITH current AS (
       SELECT DISTINCT ON (v.indicator_id, v.period) v.indicator_id, v.period, v.value
         FROM indicator_values v
        WHERE left(v.period, 4)::int <= $1 AND NOT EXISTS (SELECT 1 FROM indicator_values c WHERE c.corrects = v.id)
        ORDER BY v.indicator_id, v.period, v.recorded_at DESC, v.id)
     SELECT i.theme || '@' || i.strategy_version AS ref, i.code, i.definition_nl AS nl, i.definition_en AS en, i.unit,
            i.target_value AS "targetValue", i.target_year AS "targetYear", i.target_comparison AS comparison,
            json_agg(json_build_object('period', c.period, 'value', c.value) ORDER BY c.period) AS values
       FROM indicators i JOIN current c ON c.indicator_id = i.id
      GROUP BY i.id
      ORDER BY i.strategy_version, string_to_array(i.theme, '.')::int[], i.code`,
    [year],
  );
  const indicators: NonNullable<ReviewSnapshot['indicators']> = {};
  for (const r of indicatorRows) {
    (indicators[r.ref] ??= []).push({
      code: r.code,
      definition: { nl: r.nl, en: r.en },
      unit: r.unit,
      target: { value: r.targetValue === null ? null : Number(r.targetValue), year: r.targetYear, comparison: r.comparison },
      values: r.values.map((v) => ({ period: v.period, value: Number(v.value) })),
    });
  }
  const byTheme: ReviewSnapshot['amendments'] = {};
  for (const { themeCode, ...a } of amendments) (byTheme[themeCode] ??= []).push(a);
  return {
    year,
    asOfPosition: Number(position),
    asOfSnapshot: snapshot,
    strategyVersion: latest?.version ?? null,
    counters: Object.fromEntries(counters.map((c) => [c.key, c.value])),
    titles: Object.fromEntries(themes.map((t) => [themeRef(t.code, t.version), t.title])),
    currentThemes: themes.filter((t) => t.version === latest?.version).map((t) => themeRef(t.code, t.version)),
    consultationReports: group(reports.map((r: { answeredAt: Date } & Record<string, unknown>) => ({ ...r, answeredAt: new Date(r.answeredAt).toISOString() })) as never),
    notableResponses: group(notable),
    consultationAnalyses: group(
      analyses.map((a: { themes: { themeId: string; label: string | null; size: number }[]; signedOffAt: Date } & Record<string, unknown>) => ({
        ...a,
        // The response ids stay in the projection: the review links to the consultation report, which lists them.
        themes: a.themes.map(({ themeId, label, size }) => ({ themeId, label, size })),
        signedOffAt: new Date(a.signedOffAt).toISOString(),
      })),
    ) as never,
    amendments: byTheme,
    regulationArticles,
    indicators,
    reportsPerMonth: Object.fromEntries(months.map((r) => [r.month, r.reports])),
  };
}
