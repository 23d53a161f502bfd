/**
 * How well the analysis agrees with hand labels: the adjusted Rand index for themes (Hubert &
 * Arabie 1985: 1 identical partitions, about 0 for chance, label names do not matter) and the
 * F1 score for stance. Small formulas over a contingency table; no package needed.
 */
export function adjustedRandIndex(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length !== predicted.length) throw new RangeError('both labellings must cover the same items');
  const n = truth.length;
  if (n < 2) return 1;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${truth[i]}\u0000${predicted[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(truth[i], (rows.get(truth[i]) ?? 0) + 1);
    cols.set(predicted[i], (cols.get(predicted[i]) ?? 0) + 1);
  }
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const index = sumOf(table.values(), pairs);
  const rowPairs = sumOf(rows.values(), pairs);
  const colPairs = sumOf(cols.values(), pairs);
  const expected = (rowPairs * colPairs) / pairs(n);
  const max = (rowPairs + colPairs) / 2;
  // Both partitions trivial (one cluster each, or all singletons): they agree perfectly.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

export interface ClassScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Per class precision, recall and F1, their unweighted mean (macro F1) and the accuracy. */
export function f1Scores(truth: readonly string[], predicted: readonly string[], labels: readonly string[]): { perClass: ClassScores[]; macroF1: number; accuracy: number } {
  if (truth.length !== predicted.length) throw new RangeError('both labellings must cover the same items');
  const perClass = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      if (predicted[i] === label && truth[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (truth[i] === label) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp + fn };
  });
  const present = perClass.filter((c) => c.support > 0);
  const macroF1 = present.length === 0 ? 0 : present.reduce((s, c) => s + c.f1, 0) / present.length;
  const correct = truth.filter((t, i) => t === predicted[i]).length;
  return { perClass, macroF1, accuracy: truth.length === 0 ? 0 : correct / truth.length };
}

function sumOf(values: Iterable<number>, f: (x: number) => number): number {
  let s = 0;
  for (const v of values) s += f(v);
  return s;
}
