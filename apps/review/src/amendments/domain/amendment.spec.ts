import { AmendmentAlreadyDecidedError, InvalidAmendmentError } from './amendment.errors';
import { Amendment, checkDecision, checkProposal, nextStrategyVersion } from './amendment';

describe('amendment rules', () => {
  const theme = { actions: ['a', 'b'] };
  const base = { themeCode: '1.1', summary: 's', evidence: [{ type: 'barrier-report' as const, id: 'x' }] };

  it('needs an existing action for change and retire, and text where something new is written', () => {
    expect(() => checkProposal({ ...base, kind: 'retire-action', actionIndex: 1 }, theme)).not.toThrow();
    expect(() => checkProposal({ ...base, kind: 'retire-action', actionIndex: 2 }, theme)).toThrow(InvalidAmendmentError);
    expect(() => checkProposal({ ...base, kind: 'change-action', actionIndex: 0 }, theme)).toThrow(InvalidAmendmentError);
    expect(() => checkProposal({ ...base, kind: 'add-action', text: 'nieuw', actionIndex: 0 }, theme)).toThrow(InvalidAmendmentError);
    expect(() => checkProposal({ ...base, kind: 'change-ambition', text: 'ambitie' }, theme)).not.toThrow();
  });

  it('decides once', () => {
    expect(() => checkDecision('proposed')).not.toThrow();
    expect(() => checkDecision('accepted')).toThrow(AmendmentAlreadyDecidedError);
  });

  it('numbers the next version after the review year, skipping taken ones', () => {
    expect(nextStrategyVersion(2018, new Set(['2018.0']))).toBe('2019.0');
    expect(nextStrategyVersion(2026, new Set(['2027.0', '2027.1']))).toBe('2027.2');
  });

  it('is proposed under the rules and then decided once', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    expect(() => Amendment.propose({ id: 'a1', year: 2026, proposal: { ...base, kind: 'change-action', actionIndex: 5, text: 't' }, theme, by: 'c1', at })).toThrow(InvalidAmendmentError);
    const amendment = Amendment.propose({ id: 'a1', year: 2026, proposal: { ...base, kind: 'add-action', text: 'nieuw' }, theme, by: 'c1', at });
    expect(amendment.toProps()).toMatchObject({ id: 'a1', status: 'proposed', proposedBy: 'c1', proposedAt: at, decidedAt: null });
    amendment.decide('declined', 'no evidence of effect', 'c2', at);
    expect(amendment.toProps()).toMatchObject({ status: 'declined', reason: 'no evidence of effect', decidedBy: 'c2', decidedAt: at });
    expect(() => amendment.decide('accepted', 'again', 'c2', at)).toThrow(AmendmentAlreadyDecidedError);
  });
});
