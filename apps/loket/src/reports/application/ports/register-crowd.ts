import type { CompanySizeClass, Outcome } from '@pb/contracts';
import type { Language } from '@pb/i18n';
import type { Tx } from '@pb/persistence';
import type { RegisterEntry } from './report-read-model';

/**
 * What a reporter typed, as the register is searched for it (issue 10, item 7: the "check" step):
 * the regulation as identifiers and the words of their title and description.
 */
export interface SimilarityQuery {
  /** The BWB id given or identified from the regulation's name. */
  bwbId?: string;
  /** The article, normalised ("art. 33 lid 2" → "33"); only compared when both sides have one. */
  article?: string;
  /** Title and description: compared by their Dutch stems with the entry's title and explanation. */
  text?: string;
  /** How many stems an entry must share with `text` to count as similar by text. */
  minSharedTerms: number;
  /**
   * Words that never count as shared (the duplicate ranker's Dutch function words: "wij", "moeten",
   * "alleen" …, which PostgreSQL's shorter Dutch stop list keeps): stemmed like the text.
   */
  ignoredWords: readonly string[];
  limit: number;
}

/** A published register entry like the one being reported, and why it was found. */
export interface SimilarEntry extends RegisterEntry {
  /** `regulation`: the same BWB id (and article, where both have one); `text`: enough shared stems. */
  matchedOn: ('regulation' | 'text')[];
  /** How many of the query's stems the entry's title and explanation share. */
  sharedTerms: number;
}

/** The entry a company endorses: only while it is in the public register. */
export interface EndorsableEntry {
  reportId: string;
  reference: string;
  /** The report's version: the event's aggregate version (an endorsement does not change the report). */
  version: number;
  outcome: Outcome;
  explanation: string;
}

export interface NewEndorsement {
  id: string;
  reportId: string;
  /** keyedHash('email', normalised address): one endorsement per address per entry, and erasure. */
  emailHash: string;
  email: string;
  contactName: string;
  companyName: string;
  kvkNumber: string;
  companySizeClass: CompanySizeClass;
  language: Language;
  endorsedAt: Date;
  /** The keyed hash of the token in the endorser's withdrawal link. */
  withdrawTokenHash: string;
  /** The outcome the confirmation mail tells (the entry is resolved when endorsed). */
  notifiedOutcome: Outcome;
}

/** An endorser who has not been told the report's current outcome. */
export interface EndorserToTell {
  id: string;
  email: string;
  language: Language;
}

/** An endorsement just taken back: what its withdrawal event names, and the entry for the answer. */
export interface WithdrawnEndorsement {
  endorsementId: string;
  reportId: string;
  reference: string;
  /** The report's version: the event's aggregate version (a withdrawal does not change the report). */
  version: number;
}

/** The register's crowd: similar entries for a reporter, and companies that say "mine too". */
export abstract class RegisterCrowd {
  /** Published entries like `query`, regulation matches first, then by shared stems, newest first. */
  abstract similar(query: SimilarityQuery): Promise<SimilarEntry[]>;
  /** The register entry `reference`, locked against a concurrent change of its report; null when not (publicly) in the register. */
  abstract endorsable(manager: Tx, reference: string): Promise<EndorsableEntry | null>;
  /** Stores the endorsement; false (and nothing stored) when this address already endorsed the entry. */
  abstract add(manager: Tx, endorsement: NewEndorsement): Promise<boolean>;
  /** The report's outcome now, and the endorsers (with a contact) who were told another one, locked. */
  abstract toTell(manager: Tx, reportId: string): Promise<{ entry: EndorsableEntry; endorsers: EndorserToTell[] } | null>;
  /** Records that each was told `outcome`, with the withdrawal token of the mail that told them (the newest link works). */
  abstract markTold(manager: Tx, told: { id: string; withdrawTokenHash: string }[], outcome: Outcome): Promise<void>;
  /** Removes the endorsement whose withdrawal token hashes to `tokenHash`; what was removed, or null. */
  abstract withdraw(manager: Tx, tokenHash: string): Promise<WithdrawnEndorsement | null>;
}
