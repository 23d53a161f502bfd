import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CitingAmendment, CitingReport, CitingResponse, RegulationCitations, RegulationIndex, RegulationSummary, RegulationYear } from '../../application/ports/regulation-index';

/**
 * The citations of each source, one row per (regulation, year, record): reports by the BWB id
 * the projection identified, responses by what their text cites (ResponseSubmitted v2), amendments
 * by what they were proposed citing. A record citing two articles of one law counts once.
 */
const CITATIONS = `
  SELECT regulation_bwb_id AS bwb_id, year, 'report' AS source, report_id::text AS record_id, duplicate_count > 0 AS cluster, outcome
    FROM report_facts WHERE regulation_bwb_id IS NOT NULL AND reported_at IS NOT NULL
  UNION ALL
  SELECT DISTINCT c.bwb_id, r.year, 'response', r.response_id::text, false, NULL
    FROM response_citations c JOIN response_facts r USING (response_id)
  UNION ALL
  SELECT DISTINCT c.bwb_id, a.year, 'amendment', a.id::text, false, NULL
    FROM amendment_citations c JOIN amendments a ON a.id = c.amendment_id`;

@Injectable()
export class SqlRegulationIndex extends RegulationIndex {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async summaries(): Promise<RegulationSummary[]> {
    const rows: { bwb_id: string; reports: number; clusters: number; responses: number; amendments: number; first_year: number; last_year: number }[] = await this.db.query(
      `SELECT bwb_id, count(*) FILTER (WHERE source = 'report')::int AS reports, count(*) FILTER (WHERE source = 'report' AND cluster)::int AS clusters,
              count(*) FILTER (WHERE source = 'response')::int AS responses, count(*) FILTER (WHERE source = 'amendment')::int AS amendments,
              min(year)::int AS first_year, max(year)::int AS last_year
         FROM (${CITATIONS}) c GROUP BY bwb_id ORDER BY reports DESC, clusters DESC, bwb_id`,
    );
    return rows.map((r) => ({ bwbId: r.bwb_id, reports: r.reports, clusters: r.clusters, responses: r.responses, amendments: r.amendments, firstYear: r.first_year, lastYear: r.last_year }));
  }

  async citations(bwbId: string, limit: number): Promise<RegulationCitations> {
    const perYear: { year: number; reports: number; clusters: number; responses: number; amendments: number }[] = await this.db.query(
      `SELECT year, count(*) FILTER (WHERE source = 'report')::int AS reports, count(*) FILTER (WHERE source = 'report' AND cluster)::int AS clusters,
              count(*) FILTER (WHERE source = 'response')::int AS responses, count(*) FILTER (WHERE source = 'amendment')::int AS amendments
         FROM (${CITATIONS}) c WHERE bwb_id = $1 GROUP BY year ORDER BY year DESC`,
      [bwbId],
    );
    const outcomes: { year: number; outcome: string; n: number }[] = await this.db.query(
      `SELECT year, outcome, count(*)::int AS n FROM report_facts
        WHERE regulation_bwb_id = $1 AND reported_at IS NOT NULL AND outcome IS NOT NULL GROUP BY year, outcome ORDER BY year, outcome`,
      [bwbId],
    );
    const years: RegulationYear[] = perYear.map((y) => ({
      ...y,
      outcomes: Object.fromEntries(outcomes.filter((o) => o.year === y.year).map((o) => [o.outcome, o.n])),
    }));
    const articles: { article: string; reports: number; responses: number; amendments: number }[] = await this.db.query(
      `SELECT article, count(*) FILTER (WHERE source = 'report')::int AS reports, count(*) FILTER (WHERE source = 'response')::int AS responses,
              count(*) FILTER (WHERE source = 'amendment')::int AS amendments
         FROM (SELECT 'report' AS source, regulation_article AS article FROM report_facts WHERE regulation_bwb_id = $1 AND reported_at IS NOT NULL
               UNION ALL SELECT 'response', article FROM response_citations WHERE bwb_id = $1
               UNION ALL SELECT 'amendment', article FROM amendment_citations WHERE bwb_id = $1) a
        WHERE coalesce(article, '') <> '' GROUP BY article ORDER BY count(*) DESC, article`,
      [bwbId],
    );
    const reports: CitingReport[] = (
      await this.db.query(
        `SELECT report_id::text AS "reportId", reference, year, regulation_article AS article, status, outcome, duplicate_count AS duplicates,
                coalesce(published, false) AS published
           FROM report_facts WHERE regulation_bwb_id = $1 AND reported_at IS NOT NULL ORDER BY reported_at DESC, report_id LIMIT $2`,
        [bwbId, limit],
      )
    ).map((r: CitingReport) => ({ ...r, article: r.article || null }));
    const responses: CitingResponse[] = await this.db.query(
      `SELECT r.response_id::text AS "responseId", r.proposal_id::text AS "proposalId", r.year, nullif(min(c.article), '') AS article,
              (r.public AND r.status = 'published') AS visible
         FROM response_citations c JOIN response_facts r USING (response_id)
        WHERE c.bwb_id = $1 GROUP BY r.response_id ORDER BY max(r.submitted_at) DESC, r.response_id LIMIT $2`,
      [bwbId, limit],
    );
    const amendments: CitingAmendment[] = await this.db.query(
      `SELECT a.id::text AS id, a.year, a.kind, a.theme_code AS "themeCode", a.status, a.summary, nullif(min(c.article), '') AS article
         FROM amendment_citations c JOIN amendments a ON a.id = c.amendment_id
        WHERE c.bwb_id = $1 GROUP BY a.id ORDER BY max(a.proposed_at) DESC, a.id LIMIT $2`,
      [bwbId, limit],
    );
    return { years, articles, reports, responses, amendments };
  }
}
