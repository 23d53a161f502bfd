import { stemDutch } from './dutch-stemmer.util';
import { DUTCH_STOPWORDS } from './dutch-stopwords.constant';

/**
 * Splits Dutch text into folded word tokens: lowercase, diacritics removed ("beëindiging"
 * and "beeindiging" are the same word to a reporter typing on a phone), split on everything
 * that is not a letter or digit, so "AI-systeem" gives "ai" and "systeem".
 */
export function tokenizeDutch(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/**
 * The index terms of a text: tokens without stopwords, one-letter tokens and pure numbers
 * (years and amounts vary between duplicates; articles are compared as structured data),
 * stemmed when they are purely alphabetic.
 */
export function dutchIndexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenizeDutch(text)) {
    const term = indexTermOf(token);
    if (term !== undefined) {
      terms.push(term);
    }
  }
  return terms;
}

/** The index term of one token of tokenizeDutch, or undefined when it is not indexed (see above). */
export function indexTermOf(token: string): string | undefined {
  if (token.length < 2 || DUTCH_STOPWORDS.has(token) || /^\p{N}+$/u.test(token)) {
    return undefined;
  }
  return /^[a-z]+$/.test(token) ? stemDutch(foldLoanwordPlural(token)) : token;
}

/**
 * Snowball keeps the -s of English plurals after an 'e' ("drones" → "drones", but "drone" →
 * "dron"), and tech reports are full of them: drones, cookies, devices, updates. Dropping
 * that -s first makes singular and plural meet. Dutch native words rarely end in
 * vowel–consonant–"es" or "-ies" (Dutch plurals use -en/-ën), so the collateral is small.
 */
function foldLoanwordPlural(token: string): string {
  return token.length >= 5 && /(?:[aeiou][^aeiouy]es|ies)$/.test(token) ? token.slice(0, -1) : token;
}
