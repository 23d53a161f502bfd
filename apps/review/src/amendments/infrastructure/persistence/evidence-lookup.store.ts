import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Citation } from '../../application/ports/amendment-citations';
import { EvidenceLookup } from '../../application/ports/evidence-lookup';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Evidence must be something the review has seen in its projections (`report_facts`, `proposal_facts`, `response_facts`). */
@Injectable()
export class SqlEvidenceLookup extends EvidenceLookup {
  async exists(m: EntityManager, type: string, id: string): Promise<boolean> {
    const uuid = UUID.test(id);
    switch (type) {
      case 'barrier-report':
        return (await m.query(`SELECT 1 FROM report_facts WHERE reported_at IS NOT NULL AND (reference = $1 OR ($2 AND report_id::text = $1))`, [id, uuid])).length > 0;
      case 'barrier-cluster':
        return (await m.query(`SELECT 1 FROM report_facts WHERE duplicate_count > 0 AND (reference = $1 OR ($2 AND report_id::text = $1))`, [id, uuid])).length > 0;
      case 'consultation':
        return uuid && (await m.query(`SELECT 1 FROM proposal_facts WHERE proposal_id = $1 AND status <> 'draft'`, [id])).length > 0;
      case 'response':
        return uuid && (await m.query(`SELECT 1 FROM response_facts WHERE response_id = $1`, [id])).length > 0;
      default:
        return false;
    }
  }

  async regulationsOf(m: EntityManager, type: string, id: string): Promise<Citation[]> {
    const uuid = UUID.test(id);
    let rows: { bwb_id: string; article: string | null }[] = [];
    if (type === 'barrier-report' || type === 'barrier-cluster') {
      rows = await m.query(
        `SELECT regulation_bwb_id AS bwb_id, regulation_article AS article FROM report_facts
          WHERE regulation_bwb_id IS NOT NULL AND (reference = $1 OR ($2 AND report_id::text = $1))`,
        [id, uuid],
      );
    } else if (type === 'response' && uuid) {
      rows = await m.query(`SELECT bwb_id, article FROM response_citations WHERE response_id = $1 ORDER BY bwb_id, article`, [id]);
    }
    return rows.map((r) => ({ bwbId: r.bwb_id, ...(r.article ? { article: r.article } : {}) }));
  }
}
