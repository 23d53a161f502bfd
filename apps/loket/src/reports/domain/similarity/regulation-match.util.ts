import { DUTCH_STOPWORDS, tokenizeDutch } from '@pb/kernel';
import { normaliseArticle } from '../../../shared/domain/article-number';
import type { RegulationReference } from './duplicate-similarity.types';

/**
 * Whether two reports point at the same regulation, and at the same article of it.
 *
 * Reporters name regulations freely ("AVG", "GDPR", "Algemene verordening
 * gegevensbescherming (AVG)", "Verordening (EU) 2016/679"), and only sometimes pick a BWB id.
 * Each reference is therefore reduced to a set of keys:
 * - 'bwb:<id>' from the BWB id, or from a well-known Dutch act name;
 * - 'eu:<number>' from an EU act number in the name, or from a well-known EU act name;
 * - 'name:<folded name>' from the name itself (lowercase, no diacritics, no stopwords, so
 *   "Wet op de medische hulpmiddelen" meets "Wet medische hulpmiddelen").
 * Two references with a BWB id each are the same only when the ids are equal: the id is the
 * authoritative identity and names of different acts can be confusingly alike. Otherwise
 * they are the same when their key sets intersect.
 */
export type RegulationMatchBasis = 'identifier' | 'name';

export interface RegulationMatch {
  sameRegulation: boolean;
  sameArticle: boolean;
  /** 'identifier' when BWB ids or EU act numbers agree, 'name' when only the names do. */
  basis?: RegulationMatchBasis;
}

/**
 * Acts that entrepreneurs usually cite by short name. Only identifiers that are certain are
 * listed; an unknown name still matches an identical name through its 'name:' key.
 */
const WELL_KNOWN_REGULATIONS: Readonly<Record<string, string>> = {
  avg: 'eu:2016/679',
  gdpr: 'eu:2016/679',
  'algemene verordening gegevensbescherming': 'eu:2016/679',
  'general data protection regulation': 'eu:2016/679',
  'ai verordening': 'eu:2024/1689',
  'ai act': 'eu:2024/1689',
  eidas: 'eu:910/2014',
  'eidas verordening': 'eu:910/2014',
  mica: 'eu:2023/1114',
  mdr: 'eu:2017/745',
  uavg: 'bwb:BWBR0040940',
  'uitvoeringswet avg': 'bwb:BWBR0040940',
  'uitvoeringswet algemene verordening gegevensbescherming': 'bwb:BWBR0040940',
  wwft: 'bwb:BWBR0024282',
  'wet ter voorkoming witwassen financieren terrorisme': 'bwb:BWBR0024282',
  'wet big': 'bwb:BWBR0006251',
  'wet beroepen individuele gezondheidszorg': 'bwb:BWBR0006251',
  telecommunicatiewet: 'bwb:BWBR0009950',
  tw: 'bwb:BWBR0009950',
  wegenverkeerswet: 'bwb:BWBR0006622',
  'wegenverkeerswet 1994': 'bwb:BWBR0006622',
  wvw: 'bwb:BWBR0006622',
  'wvw 1994': 'bwb:BWBR0006622',
  'handelsregisterwet 2007': 'bwb:BWBR0021777',
  'archiefwet 1995': 'bwb:BWBR0007376',
  awb: 'bwb:BWBR0005537',
  'algemene wet bestuursrecht': 'bwb:BWBR0005537',
  omgevingswet: 'bwb:BWBR0037885',
};

// "Verordening (EU) 2016/679", "Uitvoeringsverordening (EU) 2019/947", "Verordening nr. 910/2014".
const EU_ACT_NUMBER = /\b(\d{2,4}\/\d{1,4})\b/;

export function matchRegulation(a: RegulationReference, b: RegulationReference): RegulationMatch {
  const sameRegulation = regulationMatchBasis(a, b);
  if (!sameRegulation) {
    return { sameRegulation: false, sameArticle: false };
  }
  const articleA = normaliseArticle(a.article);
  const articleB = normaliseArticle(b.article);
  return {
    sameRegulation: true,
    sameArticle: articleA !== undefined && articleA === articleB,
    basis: sameRegulation,
  };
}

function regulationMatchBasis(a: RegulationReference, b: RegulationReference): RegulationMatchBasis | undefined {
  const bwbA = normaliseBwbId(a.bwbId);
  const bwbB = normaliseBwbId(b.bwbId);
  if (bwbA && bwbB) {
    return bwbA === bwbB ? 'identifier' : undefined;
  }
  const keysB = new Set(regulationKeys(b));
  const shared = regulationKeys(a).filter((key) => keysB.has(key));
  if (shared.length === 0) {
    return undefined;
  }
  return shared.some((key) => !key.startsWith('name:')) ? 'identifier' : 'name';
}

/** The identity keys of a regulation reference (see the file comment). */
export function regulationKeys(reference: RegulationReference): string[] {
  const keys = new Set<string>();
  const bwbId = normaliseBwbId(reference.bwbId);
  if (bwbId) {
    keys.add(`bwb:${bwbId}`);
  }
  const euNumber = EU_ACT_NUMBER.exec(reference.name);
  if (euNumber) {
    keys.add(`eu:${euNumber[1]}`);
  }
  const withoutParentheses = reference.name.replace(/\([^)]*\)/g, ' ');
  const parenthesised = [...reference.name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  for (const variant of [reference.name, withoutParentheses, ...parenthesised]) {
    const folded = foldName(variant);
    const known = WELL_KNOWN_REGULATIONS[folded];
    if (known) {
      keys.add(known);
    }
  }
  // Parenthesised parts alone ("EU", "AVG") are too short to identify an act by name.
  const name = foldName(withoutParentheses);
  if (name.length > 0) {
    keys.add(`name:${name}`);
  }
  return [...keys].sort();
}

function normaliseBwbId(bwbId: string | undefined): string | undefined {
  const trimmed = bwbId?.trim().toUpperCase();
  return trimmed ? trimmed : undefined;
}

function foldName(name: string): string {
  return tokenizeDutch(name)
    .filter((token) => !DUTCH_STOPWORDS.has(token))
    .join(' ');
}
