import { adjustedRandIndex, f1Scores } from './agreement';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBe(1);
  });

  it('matches the published value for a partly split cluster (scikit-learn: 0.5714…)', () => {
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '0', '1', '2'])).toBeCloseTo(0.5714285714, 9);
  });

  it('is 0 when one side puts everything together and the other splits everything', () => {
    expect(adjustedRandIndex(['a', 'a', 'a', 'a'], ['1', '2', '3', '4'])).toBe(0);
  });

  it('is negative for a partition worse than chance', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y'])).toBeCloseTo(-0.5, 9);
  });

  it('refuses labellings of different length', () => {
    expect(() => adjustedRandIndex(['a'], ['a', 'b'])).toThrow(RangeError);
  });
});

describe('f1Scores', () => {
  it('gives per class precision, recall and F1, their macro mean over present classes, and accuracy', () => {
    const truth = ['for', 'for', 'against', 'mixed', 'for'];
    const predicted = ['for', 'against', 'against', 'for', 'for'];
    const { perClass, macroF1, accuracy } = f1Scores(truth, predicted, ['for', 'against', 'mixed', 'unclear']);
    const forScores = perClass.find((c) => c.label === 'for')!;
    expect(forScores.precision).toBeCloseTo(2 / 3, 9);
    expect(forScores.recall).toBeCloseTo(2 / 3, 9);
    expect(perClass.find((c) => c.label === 'against')!.f1).toBeCloseTo(2 / 3, 9);
    expect(perClass.find((c) => c.label === 'mixed')!.f1).toBe(0);
    // 'unclear' has no item: left out of the macro mean.
    expect(macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 0) / 3, 9);
    expect(accuracy).toBeCloseTo(3 / 5, 9);
  });
});
