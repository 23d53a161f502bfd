export interface Sentence {
  text: string;
  /** Where the sentence stands in the text it came from: text.slice(start, end). */
  start: number;
  end: number;
}

/** A sentence ends at '.', '!' or '?' followed by white space (not "3.5"), at a line break, or at the end. */
const SENTENCE = /\S[^\n]*?(?:[.!?]+(?=\s|$)|(?=\n)|$)/g;

/**
 * Splits a response into sentences for an extractive summary, with their places in the text (a
 * summary keeps the place, not the words: see SentenceRef). Fragments of fewer than four words
 * say too little to stand alone in a summary and are left out.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trimEnd();
    if (sentence.split(/\s+/).length >= 4) out.push({ text: sentence, start: m.index, end: m.index + sentence.length });
  }
  return out;
}
