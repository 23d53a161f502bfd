import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a report cites, as identifiers (issue 9, issue 12 item 5): the BWB id the reporter gave or
 * the regulation index found for the name they typed, and the article (given, or mentioned in the
 * name). `loket.BarrierReported` v3 carries these instead of the name; the typed name, article and
 * id stay as they were in `regulation_*`.
 *
 * Earlier reports get what they were published with: their given id and article. Their events
 * (v1/v2) carried the name, from which the review identifies them with the same index.
 */
export class RegulationCitation1764700000100 implements MigrationInterface {
  name = 'RegulationCitation1764700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports ADD COLUMN cited_bwb_id text, ADD COLUMN cited_article text`);
    await q.query(`UPDATE barrier_reports SET cited_bwb_id = regulation_bwb_id, cited_article = regulation_article`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports DROP COLUMN cited_article, DROP COLUMN cited_bwb_id`);
  }
}
