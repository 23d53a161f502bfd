import type { ReviewContent } from './review-content';
import { NarrativeLanguage, NarrativeVocabulary, draftThemeNarrative } from './review-narrative';
import { PublishedSentence, ThemeNarrativeState, publishedSentences } from './theme-narrative';

/** A theme's signed-off text as a review document in one language shows it. */
export interface DocumentThemeText {
  /**
   * The language of the sentences: the document's, or Dutch in the English document when only the
   * Dutch text was signed off (the document then says so, as the pages do for untranslated content).
   */
  lang: NarrativeLanguage;
  sentences: PublishedSentence[];
}

/** Per theme of `content.themes` (same order) its text for the document, or null when none is public. */
export type DocumentTexts = (DocumentThemeText | null)[];

/**
 * The texts a review document of one language shows: only what a coordinator signed off (a draft
 * is never public), the coordinator's words with the figures of the drafted sentence they replace.
 * The English document falls back to the signed-off Dutch text; the Dutch document is the
 * original and never shows English. `states` are the revision's stored states in any language.
 */
export function documentTexts(content: ReviewContent, documentLang: NarrativeLanguage, states: ThemeNarrativeState[], vocabulary: NarrativeVocabulary): DocumentTexts {
  const candidates: NarrativeLanguage[] = documentLang === 'en' ? ['en', 'nl'] : ['nl'];
  return content.themes.map((section) => {
    for (const lang of candidates) {
      const state = states.find((s) => s.revision === content.revision && s.theme === section.code && s.lang === lang && s.signedOff !== null);
      // Drafted again from the compiled section (as the narrative endpoint does): the draft always matches the revision.
      if (state) return { lang, sentences: publishedSentences(draftThemeNarrative(section, content.year, lang, vocabulary), state.edits) };
    }
    return null;
  });
}
