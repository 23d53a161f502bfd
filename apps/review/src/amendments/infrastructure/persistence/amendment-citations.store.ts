import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AmendmentCitations, Citation } from '../../application/ports/amendment-citations';

/** `amendment_citations`: written once, when the amendment is proposed. */
@Injectable()
export class SqlAmendmentCitations extends AmendmentCitations {
  async record(tx: EntityManager, amendmentId: string, citations: Citation[]): Promise<void> {
    if (!citations.length) return;
    await tx.query(
      `INSERT INTO amendment_citations (amendment_id, bwb_id, article) SELECT $1, * FROM unnest($2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      [amendmentId, citations.map((c) => c.bwbId), citations.map((c) => c.article ?? '')],
    );
  }
}
