import { indexTermOf, regulationKeys, tokenizeDutch } from '../similarity';
import type { SuggestionInput, SuggestionReasonKind } from './suggestion.types';

/**
 * One feature of a report with its weight, and what to show an official when it tips the
 * balance. Features are binary per report (a word typed five times counts as much as once):
 * reports are short, and a reporter who repeats "AVG" is not three times as much about privacy.
 */
export interface Feature {
  key: string;
  weight: number;
  kind: SuggestionReasonKind;
  /** The reporter's own spelling, for the reasons. */
  display: string;
}

/** How much each kind of evidence counts relative to one word of the description. */
export interface FeatureWeights {
  /** A word of the title. */
  title: number;
  description: number;
  /**
   * A cited regulation (each of its identity keys: BWB id, EU act number, known short name,
   * folded name). Acts map to ministries and themes far more reliably than words do, so the
   * regulation acts as a learnt regulation → theme/department prior inside the same model.
   */
  regulation: number;
  technology: number;
  sector: number;
}

/**
 * Chosen by 5-fold cross-validation on the training split of the corpus (never on its test split),
 * over title 1–2, regulation 1–5, technology/sector 0–3: a title weight above 1 did not help
 * (titles restate the description), technology and sector above 1 drowned the words.
 */
export const DEFAULT_FEATURE_WEIGHTS: Readonly<FeatureWeights> = {
  title: 1,
  description: 1,
  regulation: 3,
  technology: 1,
  sector: 1,
};

export function extractFeatures(input: SuggestionInput, weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): Feature[] {
  const features = new Map<string, Feature>();
  const add = (feature: Feature): void => {
    const known = features.get(feature.key);
    if (!known || known.weight < feature.weight) {
      features.set(feature.key, known ? { ...feature, display: known.display } : feature);
    }
  };
  for (const [text, weight] of [
    [input.title, weights.title],
    [input.description, weights.description],
  ] as const) {
    for (const [term, spelling] of indexTermsWithSpelling(text)) {
      add({ key: `w:${term}`, weight, kind: 'word', display: spelling });
    }
  }
  const regulation = input.regulation;
  if (regulation && (regulation.name.trim() !== '' || regulation.bwbId)) {
    for (const key of regulationKeys(regulation)) {
      add({ key: `r:${key}`, weight: weights.regulation, kind: 'regulation', display: regulation.name.trim() || (regulation.bwbId ?? key) });
    }
  }
  if (input.technology) {
    add({ key: `t:${input.technology}`, weight: weights.technology, kind: 'technology', display: input.technology });
  }
  if (input.sector) {
    add({ key: `s:${input.sector.toUpperCase()}`, weight: weights.sector, kind: 'sector', display: input.sector.toUpperCase() });
  }
  return [...features.values()];
}

// Words as typed, combining marks included (a decomposed "é" stays inside its word).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The index terms of a text (the same as dutchIndexTerms) with the word each came from as the
 * reporter spelled it ("drones" for the term "dron"), so a reason names a word they typed, not a
 * stem. One pass: the stemmer is the costly part of a suggestion.
 */
function indexTermsWithSpelling(text: string): [string, string][] {
  const terms: [string, string][] = [];
  for (const word of text.match(WORD) ?? []) {
    for (const token of tokenizeDutch(word)) {
      const term = indexTermOf(token);
      if (term !== undefined) {
        terms.push([term, word]);
      }
    }
  }
  return terms;
}
