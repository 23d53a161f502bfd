import type { NarrativeLanguage, NarrativeSentence } from './review-narrative';
import { NarrativeAlreadySignedOffError, UnknownNarrativeSentenceError } from './narrative.errors';

/** What a coordinator changed of a drafted text: per sentence key, the text they wrote instead. */
export interface NarrativeEdits {
  /** Keys left out of `sentences` are dropped from the published text (the draft keeps them). */
  sentences: { key: NarrativeSentence['key']; text: string }[];
}

/** The stored state of one theme's text in one language for one revision of a year's review. */
export interface ThemeNarrativeState {
  year: number;
  revision: number;
  theme: string;
  lang: NarrativeLanguage;
  edits: NarrativeEdits | null;
  signedOff: { by: string; at: Date } | null;
}

/** A sentence as the reader gets it: the coordinator's words where they edited, the figures of the draft. */
export interface PublishedSentence extends NarrativeSentence {
  drafted: string;
  edited: boolean;
}

/**
 * The text of a theme as published: the draft with the coordinator's edits applied. An edit keeps
 * the figures of the sentence it replaces, so a reworded sentence still links to what it states,
 * and a sentence the draft does not have cannot be added (it would state figures nobody counted).
 */
export function publishedSentences(draft: NarrativeSentence[], edits: NarrativeEdits | null): PublishedSentence[] {
  if (!edits) return draft.map((s) => ({ ...s, drafted: s.text, edited: false }));
  return edits.sentences.flatMap((e) => {
    const drafted = draft.find((s) => s.key === e.key);
    return drafted ? [{ ...drafted, text: e.text, drafted: drafted.text, edited: e.text !== drafted.text }] : [];
  });
}

/** Checks an edit against the draft: every key must be one the draft has, once. */
export function checkEdits(draft: NarrativeSentence[], edits: NarrativeEdits, state: ThemeNarrativeState | null): void {
  if (state?.signedOff) throw new NarrativeAlreadySignedOffError();
  const seen = new Set<string>();
  for (const e of edits.sentences) {
    if (!draft.some((s) => s.key === e.key) || seen.has(e.key)) throw new UnknownNarrativeSentenceError(e.key);
    seen.add(e.key);
  }
}
