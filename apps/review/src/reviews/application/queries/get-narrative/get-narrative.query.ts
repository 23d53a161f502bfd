import type { NarrativeLanguage } from '../../../domain/review-narrative';
import type { PublishedSentence } from '../../../domain/theme-narrative';

export class GetNarrativeQuery {
  constructor(
    readonly year: number,
    readonly lang: NarrativeLanguage,
    readonly revision: number | undefined,
    /** Coordinators see drafts; everyone else only what was signed off. */
    readonly withDrafts: boolean,
  ) {}
}

export interface ThemeNarrativeView {
  code: string;
  title: string;
  status: 'draft' | 'signed-off';
  signedOff: { by: string; at: string } | null;
  sentences: PublishedSentence[];
}

export interface NarrativeView {
  year: number;
  revision: number;
  lang: NarrativeLanguage;
  themes: ThemeNarrativeView[];
}
