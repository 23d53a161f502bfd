export { ReportSuggester } from './report-suggester';
export type { SuggestOptions } from './report-suggester';
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
