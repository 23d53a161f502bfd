import { Injectable } from '@nestjs/common';
import { dutchLaw } from '@pb/regulations';
import { NarrativeVocabularyPort } from '../application/ports/narrative-vocabulary';
import type { NarrativeLanguage } from '../domain/review-narrative';

/**
 * Outcome labels as a reader says them. The same words are in the portal's labels; both move to the
 * one message catalogue of issue 13 item 4.
 */
const OUTCOMES: Record<string, Record<NarrativeLanguage, string>> = {
  explained: { nl: 'uitleg gegeven, geen belemmering', en: 'explained, no barrier' },
  guidance: { nl: 'advies gegeven', en: 'guidance given' },
  forwarded: { nl: 'doorgestuurd', en: 'forwarded' },
  'experimentation-space': { nl: 'experimenteerruimte geboden', en: 'room to experiment offered' },
  'regulation-change-proposed': { nl: 'wijziging van regelgeving voorgesteld', en: 'change of regulation proposed' },
  'not-admissible': { nl: 'niet ontvankelijk', en: 'not admissible' },
};

@Injectable()
export class LabelNarrativeVocabulary extends NarrativeVocabularyPort {
  /** The law's abbreviation where people use one (Wwft), else its title; the BWB id when the index does not know it. */
  regulation(key: string, _lang: NarrativeLanguage): string {
    const law = dutchLaw(key);
    return law ? (law.abbreviations[0] ?? law.title) : key;
  }

  outcome(code: string, lang: NarrativeLanguage): string {
    return OUTCOMES[code]?.[lang] ?? code;
  }
}
