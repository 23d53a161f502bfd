import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
}
