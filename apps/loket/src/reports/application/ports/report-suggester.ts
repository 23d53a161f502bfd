import type { Tx } from '@pb/persistence';
import type { ReportSuggestions, SuggestionInput } from '../../domain/suggestions';

/** Suggestions with the size of the model they came from (0: nothing learnt yet). */
export interface ModelSuggestions extends ReportSuggestions {
  trainedOn: number;
}

/** What an official chose at triage beside what the model suggested then: the suggester's score sheet. */
export interface SuggestionChoice {
  reportId: string;
  at: Date;
  suggested: ModelSuggestions;
  chosen: { theme: string; department: string };
}

/**
 * The theme/department suggester as the loket runs it: a model trained from the reports officials
 * already triaged (under the current strategy version), kept fresh by retraining. A suggestion is
 * advice on the official's screen; it never triages anything itself.
 */
export abstract class ReportSuggester {
  /** Ranked suggestions (top 3 per field) for a report's text and form values. */
  abstract suggest(input: SuggestionInput): Promise<ModelSuggestions>;
  /** Records the official's choice against the suggestion, in the triage's transaction. */
  abstract recordChoice(manager: Tx, choice: SuggestionChoice): Promise<void>;
}
