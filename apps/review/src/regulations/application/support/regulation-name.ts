import { DUTCH_LAWS } from '@pb/regulations';

/** How a regulation is named on its page: the index's title and first abbreviation, and its official text. */
export interface RegulationName {
  bwbId: string;
  /** Null for a BWB id the index does not know (a reporter gave it): shown by its id. */
  title: string | null;
  abbreviation: string | null;
  repealed: string | null;
  /** The official text at wetten.overheid.nl. */
  url: string;
}

const byId = new Map(DUTCH_LAWS.map((l) => [l.bwbId, l]));

export function regulationName(bwbId: string): RegulationName {
  const law = byId.get(bwbId);
  return { bwbId, title: law?.title ?? null, abbreviation: law?.abbreviations[0] ?? null, repealed: law?.repealed ?? null, url: `https://wetten.overheid.nl/${bwbId}` };
}

export const isKnownRegulation = (bwbId: string): boolean => byId.has(bwbId);
