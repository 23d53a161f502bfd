import type { Feature } from './suggestion-features.util';

export interface ClassScore {
  label: string;
  /** 0..1, over all labels of the model. */
  probability: number;
  /** Per feature key of the input: how much it pulls towards this label more than towards the average label. */
  contributions: Map<string, number>;
}

interface Example {
  label: string;
  features: readonly Feature[];
}

/** Softmax temperatures tried when calibrating (cosine similarities live in 0..1). */
const TEMPERATURES = [0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5];

/**
 * TF-IDF nearest centroid (Rocchio): every report is a vector of its feature weights times their
 * inverse document frequency, scaled to length 1; a label's centroid is the normalised sum of its
 * reports; a new report scores the cosine with each centroid.
 *
 * Chosen by 5-fold cross-validation on the corpus's training split over multinomial and complement
 * naive Bayes (see apps/loket/README.md): equal or better on every figure, and its evidence is
 * direct — a word counts for a theme as far as the theme's reports use it more than others do.
 * It trains in one pass and ignores class sizes, which suits a desk where one department gets
 * most reports (naive Bayes then prefers the big department for every vague report).
 *
 * Cosines are not probabilities; the confidence is a softmax over them whose temperature is the
 * one, from a small grid, that minimises the log-loss of leave-one-out predictions on the training
 * reports (exact and cheap here: take the report out of its own centroid's sum).
 */
export class NearestCentroidClassifier {
  private readonly idf = new Map<string, number>();
  private readonly sums = new Map<string, Map<string, number>>();
  private readonly norms = new Map<string, number>();
  private readonly labels: string[];
  private readonly documentCount: number;
  readonly temperature: number;

  private constructor(examples: readonly Example[]) {
    this.documentCount = examples.length;
    const frequency = new Map<string, number>();
    for (const { features } of examples) {
      for (const key of new Set(features.map((feature) => feature.key))) {
        frequency.set(key, (frequency.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of frequency) {
      this.idf.set(key, Math.log((examples.length + 1) / (count + 1)) + 1);
    }
    const vectors = examples.map(({ label, features }) => ({ label, vector: this.vectorOf(features) }));
    for (const { label, vector } of vectors) {
      const sum = this.sums.get(label) ?? new Map<string, number>();
      this.sums.set(label, sum);
      for (const [key, value] of vector) {
        sum.set(key, (sum.get(key) ?? 0) + value);
      }
    }
    for (const [label, sum] of this.sums) {
      this.norms.set(label, Math.sqrt([...sum.values()].reduce((total, value) => total + value * value, 0)));
    }
    this.labels = [...this.sums.keys()].sort();
    this.temperature = this.calibrate(vectors);
  }

  static train(examples: readonly Example[]): NearestCentroidClassifier {
    return new NearestCentroidClassifier(examples);
  }

  get classes(): readonly string[] {
    return this.labels;
  }

  /**
   * The `limit` most probable labels (all by default), most probable first. Empty when the model has no labels, or when no feature of
   * the input occurs in any training report: then there is no evidence, and a uniform guess
   * dressed up as a suggestion would only mislead.
   */
  classify(features: readonly Feature[], limit = Number.POSITIVE_INFINITY): ClassScore[] {
    const vector = this.vectorOf(features);
    if (vector.size === 0 || this.labels.length === 0) {
      return [];
    }
    const cosines = this.labels.map((label) => this.dot(vector, label) / (this.norms.get(label) || 1));
    const probabilities = softmax(cosines, this.temperature);
    const ranked = this.labels
      .map((label, index) => ({ label, probability: probabilities[index] }))
      .sort((a, b) => b.probability - a.probability || a.label.localeCompare(b.label))
      .slice(0, limit);
    // The average centroid value per feature, only for the labels shown (the costly part).
    const averages = new Map<string, number>();
    for (const key of vector.keys()) {
      averages.set(key, this.labels.reduce((total, label) => total + this.centroidValue(label, key), 0) / this.labels.length);
    }
    return ranked.map(({ label, probability }) => {
      const contributions = new Map<string, number>();
      for (const [key, value] of vector) {
        contributions.set(key, value * (this.centroidValue(label, key) - (averages.get(key) ?? 0)));
      }
      return { label, probability, contributions };
    });
  }

  /**
   * TF-IDF vector, length 1, of which only the features seen in training are kept. The length
   * counts the unseen ones too (with the idf of a feature no report had): an unseen word is
   * evidence the report is unlike all of them, and leaving it out would make reports full of new
   * words look as certain as familiar ones — and unlike the left-out reports the temperature was
   * calibrated on, whose own words still count in their length.
   */
  private vectorOf(features: readonly Feature[]): Map<string, number> {
    const unseenIdf = Math.log(this.documentCount + 1) + 1;
    const vector = new Map<string, number>();
    let squares = 0;
    for (const feature of features) {
      if (feature.weight <= 0) {
        continue;
      }
      const idf = this.idf.get(feature.key);
      const value = feature.weight * (idf ?? unseenIdf);
      squares += value * value;
      if (idf !== undefined) {
        vector.set(feature.key, value);
      }
    }
    const length = Math.sqrt(squares);
    for (const [key, value] of vector) {
      vector.set(key, value / length);
    }
    return vector;
  }

  private dot(vector: ReadonlyMap<string, number>, label: string): number {
    const sum = this.sums.get(label);
    let total = 0;
    for (const [key, value] of vector) {
      total += value * (sum?.get(key) ?? 0);
    }
    return total;
  }

  private centroidValue(label: string, key: string): number {
    return (this.sums.get(label)?.get(key) ?? 0) / (this.norms.get(label) || 1);
  }

  private calibrate(vectors: readonly { label: string; vector: Map<string, number> }[]): number {
    if (this.labels.length < 2 || vectors.length < 2) {
      return TEMPERATURES[Math.floor(TEMPERATURES.length / 2)];
    }
    const heldOut = vectors.map(({ label, vector }) => ({
      truth: this.labels.indexOf(label),
      cosines: this.labels.map((candidate) => {
        const dot = this.dot(vector, candidate);
        const norm = this.norms.get(candidate) ?? 0;
        if (candidate !== label) {
          return dot / (norm || 1);
        }
        // |S - v|² = |S|² - 2 v·S + |v|², with |v| = 1 (or 0 for a report without features).
        const ownLength = vector.size > 0 ? 1 : 0;
        const remaining = Math.sqrt(Math.max(norm * norm - 2 * dot + ownLength, 0));
        return remaining > 1e-9 ? (dot - ownLength) / remaining : 0;
      }),
    }));
    let best = { temperature: TEMPERATURES[0], loss: Number.POSITIVE_INFINITY };
    for (const temperature of TEMPERATURES) {
      const loss = heldOut.reduce((total, { cosines, truth }) => total - Math.log(Math.max(softmax(cosines, temperature)[truth], 1e-12)), 0);
      if (loss < best.loss) {
        best = { temperature, loss };
      }
    }
    return best.temperature;
  }
}

function softmax(scores: readonly number[], temperature: number): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp((score - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
