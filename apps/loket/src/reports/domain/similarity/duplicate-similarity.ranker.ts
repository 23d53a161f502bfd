import type {
  DuplicateCandidate,
  IndexedReport,
  RankOptions,
  RegulationReference,
  SimilarityReason,
  SimilarityReport,
} from './duplicate-similarity.types';
import { matchRegulation } from './regulation-match.util';
import { computeTextSignature, signatureTerms, TEXT_SIGNATURE_VERSION, TextSignature } from './text-signature.util';

/** Scoring parameters; the defaults were chosen on the fixture corpus (see the corpus spec). */
export interface DuplicateSimilarityTuning {
  /** How many times a title occurrence counts relative to one in the description. */
  titleWeight: number;
  /** Text similarity at which structural boosts apply in full. */
  textGate: number;
  sameArticleBoost: number;
  sameRegulationIdentifierBoost: number;
  sameRegulationNameBoost: number;
  sameTechnologyBoost: number;
  /** Text similarity from which 'similar-text' is given as a reason. */
  similarTextMin: number;
}

/**
 * Chosen on the fixture corpus (barrier-reports.nl.ts) by a coarse grid search; see the
 * corpus spec for the measured precision and recall. Notably an explicit title weight above 1
 * separated duplicates from hard negatives worse there: titles restate the description, so
 * their terms already count twice through the (damped) term frequency.
 */
export const DEFAULT_DUPLICATE_TUNING: Readonly<DuplicateSimilarityTuning> = {
  titleWeight: 1,
  textGate: 0.3,
  sameArticleBoost: 0.35,
  sameRegulationIdentifierBoost: 0.25,
  sameRegulationNameBoost: 0.2,
  sameTechnologyBoost: 0.1,
  similarTextMin: 0.2,
};

export const DEFAULT_DUPLICATE_THRESHOLD = 0.19;
export const DEFAULT_DUPLICATE_LIMIT = 5;

/** Document frequencies over the corpus; the service may keep these up to date in the database. */
export interface CorpusStatistics {
  documentCount: number;
  documentFrequency: Readonly<Record<string, number>>;
}

export interface SimilarityBreakdown {
  score: number;
  textSimilarity: number;
  reasons: SimilarityReason[];
}

export function buildCorpusStatistics(signatures: Iterable<TextSignature>): CorpusStatistics {
  const frequency = new Map<string, number>();
  let documentCount = 0;
  for (const signature of signatures) {
    documentCount++;
    for (const term of signatureTerms(signature)) {
      frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  const documentFrequency: Record<string, number> = {};
  for (const term of [...frequency.keys()].sort()) {
    documentFrequency[term] = frequency.get(term) ?? 0;
  }
  return { documentCount, documentFrequency };
}

interface PreparedReport {
  id: string;
  regulation: RegulationReference;
  technology: string;
  vector: ReadonlyMap<string, number>;
}

/**
 * Ranks earlier reports by how likely they describe the same barrier as a new one.
 *
 * score = text + (1 − text) · boost · min(1, text / textGate)
 *
 * - text: cosine similarity of TF-IDF vectors over title and description (title counts
 *   titleWeight times, tf damped as 1 + ln tf so a word repeated ten times is not ten times
 *   the evidence).
 * - boost: structured agreement — the same article of the same regulation, else the same
 *   regulation (by BWB id / EU number, or by name only), plus the same technology.
 * - The gate makes structure raise confidence in textual similarity without creating it:
 *   two reports about the same regulation but different barriers (say cookie consent and cable
 *   digging under the Telecommunicatiewet) stay low, while two differently worded accounts of
 *   one barrier that share a few key terms and the same article rise above the threshold.
 * The formula keeps the score in 0..1 and monotonic in each signal.
 */
export class DuplicateSimilarityRanker {
  private readonly statistics: CorpusStatistics;
  private readonly prepared: readonly PreparedReport[];

  /**
   * @param reports earlier reports to rank against.
   * @param statistics document frequencies to weigh terms with; by default computed from
   *   `reports`. Pass corpus-wide statistics when `reports` is only a preselection (e.g. the
   *   candidates loaded from PostgreSQL), so that IDF reflects the whole corpus.
   */
  constructor(
    reports: readonly IndexedReport[],
    statistics?: CorpusStatistics,
    private readonly tuning: Readonly<DuplicateSimilarityTuning> = DEFAULT_DUPLICATE_TUNING,
  ) {
    for (const report of reports) {
      assertSignatureVersion(report.signature);
    }
    this.statistics = statistics ?? buildCorpusStatistics(reports.map((report) => report.signature));
    this.prepared = reports.map((report) => this.prepare(report));
  }

  static fromReports(
    reports: readonly SimilarityReport[],
    statistics?: CorpusStatistics,
    tuning?: Readonly<DuplicateSimilarityTuning>,
  ): DuplicateSimilarityRanker {
    return new DuplicateSimilarityRanker(reports.map(indexReport), statistics, tuning);
  }

  /** Candidates at or above the threshold, best first (ties by id), at most `limit`. */
  rank(report: SimilarityReport | IndexedReport, options: RankOptions = {}): DuplicateCandidate[] {
    const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
    const limit = options.limit ?? DEFAULT_DUPLICATE_LIMIT;
    const query = this.prepare(toIndexed(report));
    return this.prepared
      .filter((candidate) => candidate.id !== query.id)
      .map((candidate) => ({ id: candidate.id, ...compare(query, candidate, this.tuning) }))
      .filter((candidate) => candidate.score >= threshold)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map(({ id, score, reasons }) => ({ id, score, reasons }));
  }

  /** The full comparison of two reports, e.g. to explain a suggestion to an official. */
  explain(a: SimilarityReport | IndexedReport, b: SimilarityReport | IndexedReport): SimilarityBreakdown {
    return compare(this.prepare(toIndexed(a)), this.prepare(toIndexed(b)), this.tuning);
  }

  private prepare(report: IndexedReport): PreparedReport {
    return {
      id: report.id,
      regulation: report.regulation,
      technology: report.technology,
      vector: this.vectorOf(report.signature),
    };
  }

  /** L2-normalised TF-IDF vector, so the cosine is a plain dot product. */
  private vectorOf(signature: TextSignature): ReadonlyMap<string, number> {
    const { documentCount, documentFrequency } = this.statistics;
    const weights = new Map<string, number>();
    for (const term of signatureTerms(signature)) {
      const tf = this.tuning.titleWeight * (signature.title[term] ?? 0) + (signature.body[term] ?? 0);
      const idf = Math.log((1 + documentCount) / (1 + (documentFrequency[term] ?? 0))) + 1;
      weights.set(term, (1 + Math.log(tf)) * idf);
    }
    let norm = 0;
    for (const weight of weights.values()) {
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (const [term, weight] of weights) {
        weights.set(term, weight / norm);
      }
    }
    return weights;
  }
}

/** What the service stores per report so it can rank without re-reading the texts. */
export function indexReport(report: SimilarityReport): IndexedReport {
  return {
    id: report.id,
    signature: computeTextSignature(report),
    regulation: report.regulation,
    technology: report.technology,
  };
}

function toIndexed(report: SimilarityReport | IndexedReport): IndexedReport {
  return 'signature' in report ? report : indexReport(report);
}

function assertSignatureVersion(signature: TextSignature): void {
  if (signature.version !== TEXT_SIGNATURE_VERSION) {
    throw new RangeError(
      `Text signature version ${String(signature.version)} is not ${TEXT_SIGNATURE_VERSION}; recompute it`,
    );
  }
}

function compare(a: PreparedReport, b: PreparedReport, tuning: Readonly<DuplicateSimilarityTuning>): SimilarityBreakdown {
  const textSimilarity = cosine(a.vector, b.vector);
  const regulation = matchRegulation(a.regulation, b.regulation);
  const sameTechnology = a.technology === b.technology && a.technology !== 'other';

  const reasons: SimilarityReason[] = [];
  let boost = 0;
  if (regulation.sameRegulation) {
    reasons.push('same-regulation');
    boost += regulation.sameArticle
      ? tuning.sameArticleBoost
      : regulation.basis === 'identifier'
        ? tuning.sameRegulationIdentifierBoost
        : tuning.sameRegulationNameBoost;
  }
  if (regulation.sameArticle) {
    reasons.push('same-article');
  }
  if (textSimilarity >= tuning.similarTextMin) {
    reasons.push('similar-text');
  }
  if (sameTechnology) {
    reasons.push('same-technology');
    boost += tuning.sameTechnologyBoost;
  }
  const gate = Math.min(1, textSimilarity / tuning.textGate);
  const score = textSimilarity + (1 - textSimilarity) * boost * gate;
  return { score: round4(Math.min(1, score)), textSimilarity: round4(textSimilarity), reasons };
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) {
      dot += weight * other;
    }
  }
  return Math.max(0, Math.min(1, dot));
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
