import { Injectable } from '@nestjs/common';
import { hasMessage, translatorFor } from '@pb/i18n';
import { dutchLaw } from '@pb/regulations';
import { NarrativeVocabularyPort } from '../application/ports/narrative-vocabulary';
import type { NarrativeLanguage } from '../domain/review-narrative';

/** The drafter's words from the message catalogue (`review:narrative.*`, outcomes as a reader says them in `review:outcome.*`). */
@Injectable()
export class LabelNarrativeVocabulary extends NarrativeVocabularyPort {
  text(key: string, params: Record<string, string | number>, lang: NarrativeLanguage): string {
    return translatorFor(lang)(key, params);
  }

  /** The law's abbreviation where people use one (Wwft), else its title; the BWB id when the index does not know it. */
  regulation(key: string, _lang: NarrativeLanguage): string {
    const law = dutchLaw(key);
    return law ? (law.abbreviations[0] ?? law.title) : key;
  }

  /** An outcome the catalogue does not know (a newer contract version) reads as its code rather than as a missing key. */
  outcome(code: string, lang: NarrativeLanguage): string {
    return hasMessage(lang, `review:outcome.${code}`) ? translatorFor(lang)(`review:outcome.${code}`) : code;
  }
}
