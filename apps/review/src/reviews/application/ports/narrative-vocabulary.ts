import type { NarrativeLanguage, NarrativeVocabulary } from '../../domain/review-narrative';

/** The words the drafter writes with (the catalogue's sentences, regulations, outcomes), supplied by infrastructure. */
export abstract class NarrativeVocabularyPort implements NarrativeVocabulary {
  abstract text(key: string, params: Record<string, string | number>, lang: NarrativeLanguage): string;
  abstract regulation(key: string, lang: NarrativeLanguage): string;
  abstract outcome(code: string, lang: NarrativeLanguage): string;
}
