import { Amendment } from '../../domain/amendment';
import { AmendmentMapper } from './amendment.mapper';

describe('AmendmentMapper', () => {
  const at = new Date('2026-03-01T10:00:00Z');
  const theme = { actions: ['a', 'b'] };

  it('writes absent proposal fields as NULL and reads them back as absent', () => {
    const proposed = Amendment.propose({
      id: 'a1',
      year: 2026,
      proposal: { kind: 'retire-action', themeCode: '1.1', actionIndex: 1, summary: 's', evidence: [{ type: 'barrier-report', id: 'LKT-2026-000001' }] },
      theme,
      by: 'c1',
      at,
    });
    const row = AmendmentMapper.toOrm(proposed);
    expect(row).toMatchObject({ kind: 'retire-action', themeCode: '1.1', actionIndex: 1, text: null, status: 'proposed', reason: null, decidedAt: null, revisionRequestId: null });
    const back = AmendmentMapper.toDomain(row).toProps();
    expect(back).toEqual(proposed.toProps());
    expect('text' in back.proposal).toBe(false);
  });

  it('keeps a decision', () => {
    const amendment = Amendment.propose({ id: 'a2', year: 2026, proposal: { kind: 'change-ambition', themeCode: '1.1', text: 'ambitie', summary: 's', evidence: [] }, theme, by: 'c1', at });
    amendment.decide('accepted', 'gedragen', 'c2', at);
    const back = AmendmentMapper.toDomain(AmendmentMapper.toOrm(amendment));
    expect(back.toProps()).toMatchObject({ status: 'accepted', reason: 'gedragen', decidedBy: 'c2', decidedAt: at });
    expect(() => back.decide('declined', 'x', 'c2', at)).toThrow();
  });
});
