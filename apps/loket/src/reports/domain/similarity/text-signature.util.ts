import { dutchIndexTerms } from '@pb/kernel';

/**
 * Bump whenever tokenisation, stopwords or stemming change: stored signatures of another
 * version must then be recomputed, because stems of different versions do not meet.
 */
export const TEXT_SIGNATURE_VERSION = 1;

/**
 * Compact, storable representation of a report's text: stem → occurrence count, kept apart
 * for title and description so the title weight remains a ranking choice rather than being
 * baked into stored data. Keys are sorted so the JSON form is byte-stable.
 */
export interface TextSignature {
  version: typeof TEXT_SIGNATURE_VERSION;
  title: Readonly<Record<string, number>>;
  body: Readonly<Record<string, number>>;
}

export function computeTextSignature(text: { title: string; description: string }): TextSignature {
  return {
    version: TEXT_SIGNATURE_VERSION,
    title: countTerms(dutchIndexTerms(text.title)),
    body: countTerms(dutchIndexTerms(text.description)),
  };
}

/** Every distinct term of a signature, for document-frequency bookkeeping. */
export function signatureTerms(signature: TextSignature): string[] {
  return [...new Set([...Object.keys(signature.title), ...Object.keys(signature.body)])].sort();
}

function countTerms(terms: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const sorted: Record<string, number> = {};
  for (const term of [...counts.keys()].sort()) {
    sorted[term] = counts.get(term) ?? 0;
  }
  return sorted;
}
