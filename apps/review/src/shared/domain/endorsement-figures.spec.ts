import { endorsementFigureKeys } from './endorsement-figures';

describe('the figure an endorsement counts towards', () => {
  it('is the year it was made in, under its report’s theme in the version the report was classified under', () => {
    expect(endorsementFigureKeys(2027, { theme: '2.1.2', strategyVersion: '2018.0' })).toEqual(['endorsements|2027|2.1.2@2018.0|']);
  });

  it('counts under "-" while its report is not classified (or not known yet)', () => {
    expect(endorsementFigureKeys(2026, { theme: null, strategyVersion: null })).toEqual(['endorsements|2026|-|']);
    expect(endorsementFigureKeys(2026, { theme: '2.1.2', strategyVersion: null })).toEqual(['endorsements|2026|-|']);
  });
});
