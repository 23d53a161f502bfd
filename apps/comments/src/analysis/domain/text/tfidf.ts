import { indexTermOf, tokenizeDutch } from '@pb/kernel';
import { EMPTY_VECTOR, SparseVector } from './sparse-vector';

export interface TfidfOptions {
  /** A term must occur in at least this many documents (rarer ones are typos, names, noise). */
  minDocumentFrequency: number;
  /** A term in more than this share of the documents says nothing about a theme. */
  maxDocumentShare: number;
  /** At most this many terms (the most frequent ones), to bound memory on very large inputs. */
  maxTerms: number;
  /** Words (as tokenizeDutch gives them) left out before stemming: for themes, the words of opinion. */
  excluded: ReadonlySet<string>;
  /**
   * Per document, text that counts for its terms and vector but whose word forms are never taken
   * as a term's display form (a non-public attachment: its words may not surface in a label).
   * '' or absent for none.
   */
  hidden?: readonly string[];
}

export const DEFAULT_TFIDF: TfidfOptions = { minDocumentFrequency: 2, maxDocumentShare: 0.5, maxTerms: 6000, excluded: new Set() };

/** The corpus model: the kept terms, their idf and, per term, the word form readers see most. */
export interface TfidfModel {
  readonly terms: readonly string[];
  readonly idf: Float64Array;
  /** Per term index: the most frequent surface word of that stem ("aansprak" → "aansprakelijkheid") in the shown texts; '' when it occurs only in hidden text. */
  readonly display: readonly string[];
  readonly termIndex: ReadonlyMap<string, number>;
  readonly excluded: ReadonlySet<string>;
}

/**
 * Fits TF-IDF on the documents (stems of the repo's Dutch tokenizer; sublinear tf, smoothed idf,
 * L2-normalised vectors, so a dot product is the cosine similarity) and returns the model and one
 * vector per document. Two passes over the texts: counting document frequencies, then weighing.
 */
export function fitTfidf(texts: readonly string[], tuning: Partial<TfidfOptions> = {}): { model: TfidfModel; vectors: SparseVector[] } {
  const options = { ...DEFAULT_TFIDF, ...tuning };
  const df = new Map<string, number>();
  const surface = new Map<string, Map<string, number>>();
  const hidden = options.hidden ?? [];
  texts.forEach((text, d) => {
    const seen = new Set<string>();
    for (const token of tokenizeDutch(text)) {
      const term = options.excluded.has(token) ? undefined : indexTermOf(token);
      if (term === undefined) continue;
      let forms = surface.get(term);
      if (!forms) surface.set(term, (forms = new Map()));
      forms.set(token, (forms.get(token) ?? 0) + 1);
      seen.add(term);
    }
    if (hidden[d]) {
      for (const token of tokenizeDutch(hidden[d])) {
        const term = options.excluded.has(token) ? undefined : indexTermOf(token);
        if (term !== undefined) seen.add(term);
      }
    }
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
  });
  const n = texts.length;
  const maxDf = Math.max(options.minDocumentFrequency, Math.floor(n * options.maxDocumentShare));
  const kept = [...df.entries()]
    .filter(([, f]) => f >= options.minDocumentFrequency && f <= maxDf)
    // Most frequent first, then alphabetical: the same input always gives the same term order.
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, options.maxTerms)
    .map(([term]) => term)
    .sort();
  const termIndex = new Map(kept.map((t, i) => [t, i]));
  const idf = new Float64Array(kept.length);
  kept.forEach((t, i) => (idf[i] = Math.log((1 + n) / (1 + df.get(t)!)) + 1));
  // A term seen only in hidden text has no display form: it can weigh in a theme, never name one.
  const display = kept.map((t) => mostFrequent(surface.get(t) ?? new Map()));
  const model: TfidfModel = { terms: kept, idf, display, termIndex, excluded: options.excluded };
  return { model, vectors: texts.map((text, d) => vectorise(model, hidden[d] ? `${text}\n${hidden[d]}` : text)) };
}

/** The TF-IDF vector of a text under a fitted model (also for sentences of a summary). */
export function vectorise(model: TfidfModel, text: string): SparseVector {
  const counts = new Map<number, number>();
  for (const token of tokenizeDutch(text)) {
    const term = model.excluded.has(token) ? undefined : indexTermOf(token);
    const i = term === undefined ? undefined : model.termIndex.get(term);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  if (counts.size === 0) return EMPTY_VECTOR;
  const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = new Float32Array(indices.length);
  let norm = 0;
  indices.forEach((i, k) => {
    const w = (1 + Math.log(counts.get(i)!)) * model.idf[i];
    values[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  for (let k = 0; k < values.length; k++) values[k] /= norm;
  return { indices, values };
}

function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
