import { officialTextUrl, regulation } from '@pb/regulations';

/** How a regulation is named on its page: the index's title and first abbreviation, and its official text. */
export interface RegulationName {
  /** The index key: a BWB id, or an EU act's id (`EU-32016R0679`). */
  bwbId: string;
  /** Null for an id the index does not know (a reporter gave it): shown by its id. */
  title: string | null;
  abbreviation: string | null;
  repealed: string | null;
  /** The official text: wetten.overheid.nl for a Dutch law, EUR-Lex for an EU act. */
  url: string;
}

export function regulationName(bwbId: string): RegulationName {
  const law = regulation(bwbId);
  return { bwbId, title: law?.title ?? null, abbreviation: law?.abbreviations[0] ?? null, repealed: law?.repealed ?? null, url: officialTextUrl(bwbId) };
}

export const isKnownRegulation = (bwbId: string): boolean => regulation(bwbId) !== undefined;
