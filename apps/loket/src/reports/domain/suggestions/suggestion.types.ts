import type { RegulationReference } from '../similarity';

/** The parts of a report the suggester reads: what the reporter typed in the form. */
export interface SuggestionInput {
  title: string;
  description: string;
  regulation?: RegulationReference;
  technology?: string;
  /** SBI section letter. */
  sector?: string;
}

/** A report whose theme and department an official has chosen (in production: a triaged report). */
export interface LabelledReport extends SuggestionInput {
  theme: string;
  department: string;
}

export type SuggestionReasonKind = 'word' | 'regulation' | 'technology' | 'sector';

/**
 * Why a code was suggested. `text` is what the reporter typed (a word of their title or
 * description as written, the regulation name as given) or the form value (technology,
 * sector letter), so an official can check the suggestion against the report itself.
 * `weight` is the feature's share of the evidence (log-odds for this code against the average
 * code; larger is stronger), rounded to 3 decimals.
 */
export interface SuggestionReason {
  kind: SuggestionReasonKind;
  text: string;
  weight: number;
}

export interface SuggestedCode {
  code: string;
  /** 0..1; the model's probability, temperature-scaled on the training reports (see the model). */
  confidence: number;
  reasons: SuggestionReason[];
}

/** Ranked alternatives, best first; empty when the model has learnt nothing yet. */
export interface ReportSuggestions {
  theme: SuggestedCode[];
  department: SuggestedCode[];
}
