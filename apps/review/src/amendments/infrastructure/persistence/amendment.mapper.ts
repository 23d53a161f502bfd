import { Amendment, AmendmentProposal, AmendmentStatus } from '../../domain/amendment';
import { AmendmentOrmEntity } from './amendment.orm-entity';

/** Between the Amendment aggregate and its row; optional proposal fields are NULL in the table. */
export const AmendmentMapper = {
  toOrm(amendment: Amendment): AmendmentOrmEntity {
    const a = amendment.toProps();
    const p = a.proposal;
    return Object.assign(new AmendmentOrmEntity(), {
      id: a.id,
      year: a.year,
      kind: p.kind,
      themeCode: p.themeCode,
      actionIndex: p.actionIndex ?? null,
      text: p.text ?? null,
      summary: p.summary,
      evidence: p.evidence,
      status: a.status,
      reason: a.reason,
      proposedBy: a.proposedBy,
      proposedAt: a.proposedAt,
      decidedBy: a.decidedBy,
      decidedAt: a.decidedAt,
      revisionRequestId: a.revisionRequestId,
    });
  },

  toDomain(row: AmendmentOrmEntity): Amendment {
    const proposal: AmendmentProposal = {
      kind: row.kind as AmendmentProposal['kind'],
      themeCode: row.themeCode,
      ...(row.actionIndex !== null ? { actionIndex: row.actionIndex } : {}),
      ...(row.text !== null ? { text: row.text } : {}),
      summary: row.summary,
      evidence: row.evidence as AmendmentProposal['evidence'],
    };
    return Amendment.restore({
      id: row.id,
      year: row.year,
      proposal,
      proposedBy: row.proposedBy,
      proposedAt: row.proposedAt,
      status: row.status as AmendmentStatus,
      reason: row.reason,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
      revisionRequestId: row.revisionRequestId,
    });
  },
};
