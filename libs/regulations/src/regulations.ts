import { DUTCH_LAWS } from './dutch-laws';
import { EU_ACTS, euActId } from './eu-acts';

/**
 * The regulation index as one list: the Dutch laws by BWB id and the EU acts by `EU-<CELEX>`. What
 * counts, matches and names a regulation works on this list, so an EU act is cited, counted,
 * followed and linked like a law — without a BWB id it does not have.
 */
export interface IndexedRegulation {
  /** The index key: a BWB id (`BWBR0024282`) or an EU act's id (`EU-32016R0679`). */
  id: string;
  title: string;
  names: readonly string[];
  abbreviations: readonly string[];
  repealed?: string;
  /** For a book of the Burgerlijk Wetboek: its number ("BW 7:658" is book 7). */
  civilCodeBook?: number;
}

export const REGULATIONS: readonly IndexedRegulation[] = [
  ...DUTCH_LAWS.map(({ bwbId, ...law }) => ({ id: bwbId, ...law })),
  ...EU_ACTS.map(({ celex, ...act }) => ({ id: euActId(celex), ...act })),
];

const byId = new Map(REGULATIONS.map((r) => [r.id, r]));

/** The regulation with this index key, if the index knows it. */
export function regulation(id: string): IndexedRegulation | undefined {
  return byId.get(id);
}

/**
 * The regulation with this index key — a Dutch law or, since EU acts joined the index, an EU act
 * (the name is older; callers use only its title and abbreviations).
 */
export const dutchLaw: (id: string) => IndexedRegulation | undefined = regulation;

const EU_ID = /^EU-(3\d{4}[A-Z]\d{4})$/;

/** The CELEX number of an EU act's key, or undefined for a BWB id. */
export const celexOf = (id: string): string | undefined => EU_ID.exec(id)?.[1];

/** Where the official text is: EUR-Lex (in Dutch) for an EU act, wetten.overheid.nl for a Dutch law. */
export function officialTextUrl(id: string): string {
  const celex = celexOf(id);
  return celex ? `https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:${celex}` : `https://wetten.overheid.nl/${id}`;
}
