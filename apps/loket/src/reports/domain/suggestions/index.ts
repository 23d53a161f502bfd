export { SuggestionModel } from './suggestion-model';
export type { SuggestOptions } from './suggestion-model';
export { DEFAULT_FEATURE_WEIGHTS } from './suggestion-features.util';
export type { FeatureWeights } from './suggestion-features.util';
export type {
  LabelledReport,
  ReportSuggestions,
  SuggestedCode,
  SuggestionInput,
  SuggestionReason,
  SuggestionReasonKind,
} from './suggestion.types';
