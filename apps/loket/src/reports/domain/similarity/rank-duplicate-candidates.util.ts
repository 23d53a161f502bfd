import { DuplicateSimilarityRanker } from './duplicate-similarity.ranker';
import type { DuplicateCandidate, RankOptions, SimilarityReport } from './duplicate-similarity.types';

/**
 * One-shot ranking of `report` against `corpus`, with IDF taken from the corpus. Build a
 * DuplicateSimilarityRanker instead when ranking several reports against the same corpus.
 */
export function rankDuplicateCandidates(
  report: SimilarityReport,
  corpus: readonly SimilarityReport[],
  options: RankOptions = {},
): DuplicateCandidate[] {
  return DuplicateSimilarityRanker.fromReports(corpus).rank(report, options);
}
