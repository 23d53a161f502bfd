import { NearestCentroidClassifier, type ClassScore } from './nearest-centroid.classifier';
import { DEFAULT_FEATURE_WEIGHTS, extractFeatures, type Feature, type FeatureWeights } from './suggestion-features.util';
import type { LabelledReport, ReportSuggestions, SuggestedCode, SuggestionInput, SuggestionReason } from './suggestion.types';

export interface SuggestOptions {
  /** How many alternatives per field; default 3. */
  limit?: number;
  /** How many reasons per alternative; default 5. */
  reasons?: number;
}

/**
 * Suggests a strategy theme and a department for a new report, learnt from reports whose theme
 * and department an official chose. Two independent classifiers over the same features (words of
 * the title and description, the cited regulation, technology, sector): a department follows the
 * law and the sector more than the theme does (an AVG report about health data goes to VWS, one
 * about marketing to JenV), so chaining department on theme would copy the theme's mistakes.
 *
 * A suggestion, never a decision: the official confirms or changes it, and what they chose is
 * the next training report.
 */
export class SuggestionModel {
  private constructor(
    private readonly themes: NearestCentroidClassifier,
    private readonly departments: NearestCentroidClassifier,
    private readonly weights: FeatureWeights,
    /** How many labelled reports the model learnt from. */
    readonly trainedOn: number,
  ) {}

  static train(reports: readonly LabelledReport[], weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): SuggestionModel {
    const featured = reports.map((report) => ({ report, features: extractFeatures(report, weights) }));
    return new SuggestionModel(
      NearestCentroidClassifier.train(featured.map(({ report, features }) => ({ label: report.theme, features }))),
      NearestCentroidClassifier.train(featured.map(({ report, features }) => ({ label: report.department, features }))),
      weights,
      reports.length,
    );
  }

  static empty(): SuggestionModel {
    return SuggestionModel.train([]);
  }

  suggest(input: SuggestionInput, options: SuggestOptions = {}): ReportSuggestions {
    const limit = options.limit ?? 3;
    const reasons = options.reasons ?? 5;
    const features = extractFeatures(input, this.weights);
    return {
      theme: this.themes.classify(features, limit).map((score) => toSuggestion(score, features, reasons)),
      department: this.departments.classify(features, limit).map((score) => toSuggestion(score, features, reasons)),
    };
  }
}

function toSuggestion(score: ClassScore, features: readonly Feature[], limit: number): SuggestedCode {
  // Features of one kind and spelling are one reason: the keys of one regulation (BWB id, name,
  // short name) add up; a word in both title and description counts once.
  const byReason = new Map<string, SuggestionReason>();
  for (const feature of features) {
    const weight = score.contributions.get(feature.key);
    if (weight === undefined) {
      continue;
    }
    const id = `${feature.kind}\u0000${feature.display}`;
    const known = byReason.get(id);
    if (feature.kind === 'regulation') {
      byReason.set(id, { kind: feature.kind, text: feature.display, weight: (known?.weight ?? 0) + weight });
    } else if (!known || weight > known.weight) {
      byReason.set(id, { kind: feature.kind, text: feature.display, weight });
    }
  }
  return {
    code: score.label,
    confidence: round(score.probability, 4),
    reasons: [...byReason.values()]
      .filter((reason) => reason.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.text.localeCompare(b.text))
      .slice(0, limit)
      .map((reason) => ({ ...reason, weight: round(reason.weight, 4) })),
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
