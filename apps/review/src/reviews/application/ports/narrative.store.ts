import type { Tx } from '@pb/persistence';
import type { ReviewContent } from '../../domain/review-content';
import type { NarrativeLanguage } from '../../domain/review-narrative';
import type { NarrativeEdits, ThemeNarrativeState } from '../../domain/theme-narrative';

export interface NarrativeChange {
  at: Date;
  by: string;
  action: 'edit' | 'sign-off';
  theme: string;
  lang: NarrativeLanguage;
  edits: NarrativeEdits | null;
}

/** The compiled content a text is drafted from, and what coordinators did with the texts (kept forever). */
export abstract class NarrativeStore {
  /** The revision asked for, or the latest; null when the year was never compiled. */
  abstract content(year: number, revision?: number): Promise<ReviewContent | null>;
  abstract states(year: number, revision: number, lang: NarrativeLanguage): Promise<ThemeNarrativeState[]>;
  /**
   * Saves the state and appends the change in one transaction, holding the state's row lock, so
   * two coordinators cannot both sign off or lose each other's edits. `decide` sees the current state;
   * `alsoInTransaction` runs after the save, in the same transaction (what else the change makes stale).
   */
  abstract change(
    key: { year: number; revision: number; theme: string; lang: NarrativeLanguage },
    decide: (current: ThemeNarrativeState | null) => { next: ThemeNarrativeState; change: NarrativeChange },
    alsoInTransaction?: (tx: Tx) => Promise<void>,
  ): Promise<ThemeNarrativeState>;
}
