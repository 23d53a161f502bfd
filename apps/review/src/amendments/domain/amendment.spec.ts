import { AmendmentAlreadyDecidedError, InvalidAmendmentError } from './amendment.errors';
import { checkDecision, checkProposal, nextStrategyVersion } from './amendment';

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
});
