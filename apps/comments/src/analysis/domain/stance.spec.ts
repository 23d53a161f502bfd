import { stanceOfChoices, stanceOfScale, stanceOfText } from './stance';

describe('stance', () => {
  it.each([
    ['Ik steun dit voorstel van harte.', 'for'],
    ['Dit is geen goed idee.', 'against'],
    ['Ik heb geen bezwaar tegen dit plan, prima.', 'for'],
    ['Het doel is goed, maar de uitwerking deugt niet.', 'mixed'],
    ['Ik sta er deels achter.', 'mixed'],
    ['Wat gaat de invoering kosten?', 'unclear'],
    ['', 'unclear'],
  ])('reads %j as %s', (text, stance) => {
    expect(stanceOfText(text)).toBe(stance);
  });

  it('reads a scale answer: 1–2 against, 3 mixed, 4–5 for', () => {
    expect([1, 2, 3, 4, 5].map(stanceOfScale)).toEqual(['against', 'against', 'mixed', 'for', 'for']);
  });

  it('reads chosen options by their labels, unclear when they disagree', () => {
    expect(stanceOfChoices(['Ja'])).toBe('for');
    expect(stanceOfChoices(['Nee'])).toBe('against');
    expect(stanceOfChoices(['Deels'])).toBe('mixed');
    expect(stanceOfChoices(['Weet ik niet'])).toBe('unclear');
    expect(stanceOfChoices(['Ja', 'Nee'])).toBe('unclear');
  });
});
