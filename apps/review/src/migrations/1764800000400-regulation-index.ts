import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The regulation index (issue 12, item 5): the article a report cites beside its BWB id, the
 * regulations each consultation response's text cites (found by the comments service, carried by
 * ResponseSubmitted v2) and those each amendment cites (its evidence reports' and its own text's).
 * The first two are projections (a replay refills them: `npm run review:replay` for reports
 * projected before this migration); amendment citations are the review's own, written when the
 * amendment is proposed. An absent article is '' so it can be part of the key.
 */
export class RegulationIndex1764800000400 implements MigrationInterface {
  name = 'RegulationIndex1764800000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_facts ADD COLUMN regulation_article text`);
    await q.query(`CREATE INDEX report_facts_regulation ON report_facts (regulation_bwb_id, year) WHERE regulation_bwb_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE response_citations (
        response_id uuid NOT NULL,
        bwb_id text NOT NULL,
        article text NOT NULL DEFAULT '',
        PRIMARY KEY (response_id, bwb_id, article)
      )`);
    await q.query(`CREATE INDEX response_citations_bwb ON response_citations (bwb_id)`);
    await q.query(`
      CREATE TABLE amendment_citations (
        amendment_id uuid NOT NULL REFERENCES amendments (id),
        bwb_id text NOT NULL,
        article text NOT NULL DEFAULT '',
        PRIMARY KEY (amendment_id, bwb_id, article)
      )`);
    await q.query(`CREATE INDEX amendment_citations_bwb ON amendment_citations (bwb_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE amendment_citations`);
    await q.query(`DROP TABLE response_citations`);
    await q.query(`DROP INDEX report_facts_regulation`);
    await q.query(`ALTER TABLE report_facts DROP COLUMN regulation_article`);
  }
}
