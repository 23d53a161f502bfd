import type { NarrativeLanguage, NarrativeVocabulary } from '../../domain/review-narrative';

/** The names the drafter writes with (regulations, outcomes), supplied by infrastructure. */
export abstract class NarrativeVocabularyPort implements NarrativeVocabulary {
  abstract regulation(key: string, lang: NarrativeLanguage): string;
  abstract outcome(code: string, lang: NarrativeLanguage): string;
}
