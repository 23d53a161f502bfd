import { euActId } from './eu-acts';
import { IndexedRegulation, REGULATIONS } from './regulations';

/**
 * Finds the law a person means from what they typed: the official title, another name or an
 * abbreviation, in any case and with or without accents and punctuation, with a typo or two in a
 * long name, and with an article mentioned in the same field ("Wwft art. 33"). It answers only
 * when one law fits better than every other: an ambiguous or unknown text matches nothing, so a
 * count never lands on a guess.
 */

/** What a reporter gave: the name they typed and, optionally, an article and a BWB id. */
export interface TypedRegulation {
  name: string;
  article?: string;
  bwbId?: string;
}

export interface RegulationMatch {
  /** A Dutch law or an EU act of the index. */
  law: IndexedRegulation;
  /** How it was found: the whole text is a name or abbreviation, contains one, or is one with a typo. */
  how: 'exact' | 'contains' | 'typo';
}

/** "art. 33", "artikel 5.1", "art 7:658", "artt. 2:75" — the article number, first one wins. */
const ARTICLE = /\b(?:artikelen|artikel|artt|art)\b\.?\s*(\d+[a-z]{0,2}(?:[:.]\d+[a-z]{0,2})*)/i;
/** The whole mention ("art. 33 lid 2", "artt. 2:75 en 2:76 onder a"): not part of the law's name. */
const NUMBER = String.raw`\d+[a-z]{0,2}(?:[:.]\d+[a-z]{0,2})*`;
const ARTICLE_MENTION = new RegExp(
  String.raw`\b(?:artikelen|artikel|artt|art)\b\.?\s*${NUMBER}(?:\s*(?:,|en|t/m|-)\s*${NUMBER})*(?:\s*(?:lid|leden|onder|sub|aanhef)\b\.?\s*[a-z0-9]+\b)*`,
  'gi',
);
const BWB_ID = /\bBWBR\d{7}\b/i;
/** An EU act's id written out: the index's `EU-32016R0679` or EUR-Lex's `CELEX:32016R0679`. */
const EU_ID = /\b(?:EU-|CELEX:?\s*)(3\d{4}[A-Z]\d{4})\b/i;
const EU_IDS = new RegExp(EU_ID.source, 'gi');
const WELL_FORMED_ID = /^(?:BWBR\d{7}|EU-3\d{4}[A-Z]\d{4})$/;

/** The index key an id written in a text names (`bwbr0024282`, `CELEX:32016R0679`), upper case. */
function writtenId(text: string): string | undefined {
  const eu = EU_ID.exec(text)?.[1];
  return BWB_ID.exec(text)?.[0].toUpperCase() ?? (eu ? euActId(eu.toUpperCase()) : undefined);
}

/** Lower case, accents and punctuation gone, single spaces: the form names are compared in. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The article a text mentions ("Wwft art. 33 lid 1" → "33"), if any. */
export function extractArticle(text: string): string | undefined {
  return ARTICLE.exec(text)?.[1]?.toLowerCase();
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

interface Candidate {
  law: IndexedRegulation;
  /** Normalised name or abbreviation. */
  text: string;
  abbreviation: boolean;
}

const CANDIDATES: readonly Candidate[] = REGULATIONS.flatMap((law) => [
  ...[law.title, ...law.names].map((n) => ({ law, text: normaliseName(n), abbreviation: false })),
  ...law.abbreviations.map((a) => ({ law, text: normaliseName(a), abbreviation: true })),
]);

const CIVIL_CODE = new Set(['bw', 'burgerlijk wetboek']);

/**
 * Typos allowed against a candidate: in a name of 8 characters or more one, plus one per 10; in
 * an abbreviation of 4 or more one swapped or wrong letter ("Wwtf"), never one left out or added —
 * "UAVG" (the Dutch implementing act) is not a misspelt "AVG" (the EU regulation), nor the other way round.
 */
const typosAllowed = (c: Candidate, text: string): number =>
  // Numbers are never typos: "Verordening (EU) 2022/1925" (the DMA) is another act than 2022/2065
  // (the DSA), "NIS1" than "NIS2", "Wet IB 2001" than a 1964 act. Letters around them may still be.
  digitsOf(c.text) !== digitsOf(text) ? 0 : c.abbreviation ? (c.text.length >= 4 && text.length === c.text.length ? 1 : 0) : c.text.length >= 8 ? 1 + Math.floor(c.text.length / 10) : 0;

const digitsOf = (s: string): string => s.replace(/\D+/g, ' ').trim();

/** The one law that fits best, or undefined when none does or two fit equally well. */
function unique(found: { law: IndexedRegulation; rank: number }[]): IndexedRegulation | undefined {
  if (!found.length) return undefined;
  const best = Math.min(...found.map((f) => f.rank));
  const laws = new Set(found.filter((f) => f.rank === best).map((f) => f.law));
  return laws.size === 1 ? [...laws][0] : undefined;
}

/** The law a typed name means, or undefined. The article mentioned in the text does not count. */
export function matchRegulation(typed: string, article?: string): RegulationMatch | undefined {
  const text = normaliseName(typed.replace(ARTICLE_MENTION, ' ').replace(BWB_ID, ' ').replace(EU_ID, ' '));
  if (!text) return undefined;

  // "BW 7:658" or "Burgerlijk Wetboek, art. 6:162": the book is in the article number.
  if (CIVIL_CODE.has(text)) {
    const book = /^(\d+)[a-z]?:/.exec(article ?? extractArticle(typed) ?? '')?.[1];
    const law = book ? REGULATIONS.find((l) => l.civilCodeBook === Number(book)) : undefined;
    return law ? { law, how: 'exact' } : undefined;
  }

  const exact = unique(CANDIDATES.filter((c) => c.text === text).map((c) => ({ law: c.law, rank: 0 })));
  if (exact) return { law: exact, how: 'exact' };

  // A name inside a longer text ("de Wet op de omzetbelasting 1968, hoofdstuk II"); the longest
  // name wins, so "Wet op de omzetbelasting 1968" is not "Wet OB". Abbreviations of two letters
  // ("Sr", "Aw") are too common inside other words to count here.
  const padded = ` ${text} `;
  const contained = CANDIDATES.filter((c) => c.text.length >= 3 && padded.includes(` ${c.text} `));
  const outermost = contained.filter((c) => !contained.some((o) => o.text.length > c.text.length && ` ${o.text} `.includes(` ${c.text} `)));
  const named = new Set(outermost.map((c) => c.law));
  if (named.size === 1) return { law: [...named][0], how: 'contains' };
  if (named.size > 1) return undefined; // two laws named in one text ("Wwft en Wft"): not ours to choose

  const near = CANDIDATES.map((c) => ({ c, d: editDistance(text, c.text, typosAllowed(c, text)) })).filter(({ c, d }) => d <= typosAllowed(c, text));
  const typo = unique(near.map(({ c, d }) => ({ law: c.law, rank: d })));
  return typo ? { law: typo, how: 'typo' } : undefined;
}

/**
 * What a report cites, identified: the BWB id the reporter gave, else an id written in the name,
 * else the index key the index finds for the name (a BWB id, or `EU-32016R0679` for "AVG"); the
 * article they gave, else one mentioned in the name. Neither is a guess. `bwbId` is the index key
 * (the name is older than EU acts in the index; the events carry it under that name).
 */
export function identifyRegulation(typed: TypedRegulation): { bwbId?: string; article?: string } {
  const article = typed.article?.trim() || extractArticle(typed.name);
  const given = typed.bwbId?.trim().toUpperCase();
  const bwbId = given && WELL_FORMED_ID.test(given) ? given : (writtenId(typed.name) ?? matchRegulation(typed.name, article)?.law.id);
  return { ...(bwbId ? { bwbId } : {}), ...(article ? { article } : {}) };
}

/** A regulation a free text cites: an id written out, or a law or EU act named together with an article. */
export interface CitedRegulation {
  /** The index key: a BWB id or an EU act's id (`EU-32016R0679`). */
  bwbId: string;
  article?: string;
}

const BWB_IDS = /\bBWBR\d{7}\b/gi;
const CIVIL_CODE_MENTION = /\b(?:BW|Burgerlijk Wetboek)\b/i;
/**
 * Where a clause ends: ; ! ? a line break, or a full stop followed by a capital ("art. 33" keeps
 * its full stop, "... de Awb. Verder" splits).
 */
const CLAUSE_END = /[;!?\n]+|\.\s+(?=[A-Z])/;

/**
 * The regulations a free text (a consultation response, an amendment's summary) cites, each once,
 * in the order first cited. A BWB id or an EU act's id (`EU-…`, `CELEX:…`) counts wherever it is written (with an article mentioned in
 * its clause, if any); a law's name or abbreviation counts only in a clause that also mentions an
 * article ("artikel 33 van de Wwft", "Awb art. 4:13"): a name alone is too often just a word, and
 * a text is not a form field that asked for a law. Typos are not forgiven here for the same reason,
 * and a clause naming two laws cites neither (not ours to choose).
 */
export function findCitations(text: string): CitedRegulation[] {
  const found = new Map<string, CitedRegulation>();
  const cite = (bwbId: string, article: string | undefined): void => {
    const key = `${bwbId}|${article ?? ''}`;
    if (!found.has(key)) found.set(key, { bwbId, ...(article ? { article } : {}) });
  };
  for (const clause of text.split(CLAUSE_END)) {
    const article = extractArticle(clause);
    const ids = [...(clause.match(BWB_IDS) ?? []).map((id) => id.toUpperCase()), ...[...clause.matchAll(EU_IDS)].map((m) => euActId(m[1].toUpperCase()))];
    if (ids.length) {
      for (const id of ids) cite(id, article);
      continue;
    }
    if (!article) continue;
    // "BW art. 7:658" inside a sentence: the book is in the article number.
    const book = CIVIL_CODE_MENTION.test(clause) ? /^(\d+)[a-z]?:/.exec(article)?.[1] : undefined;
    const civil = book ? REGULATIONS.find((l) => l.civilCodeBook === Number(book)) : undefined;
    if (civil) {
      cite(civil.id, article);
      continue;
    }
    const match = matchRegulation(clause, article);
    if (match && match.how !== 'typo') cite(match.law.id, article);
  }
  return [...found.values()];
}
