export {
  buildCorpusStatistics,
  DEFAULT_DUPLICATE_LIMIT,
  DEFAULT_DUPLICATE_THRESHOLD,
  DEFAULT_DUPLICATE_TUNING,
  DuplicateSimilarityRanker,
  indexReport,
} from './duplicate-similarity.ranker';
export type { CorpusStatistics, DuplicateSimilarityTuning, SimilarityBreakdown } from './duplicate-similarity.ranker';
export type {
  DuplicateCandidate,
  IndexedReport,
  RankOptions,
  RegulationReference,
  SimilarityReason,
  SimilarityReport,
} from './duplicate-similarity.types';
export { dutchIndexTerms, indexTermOf, tokenizeDutch } from '@pb/kernel';
export { stemDutch } from '@pb/kernel';
export { matchRegulation, regulationKeys } from './regulation-match.util';
export type { RegulationMatch, RegulationMatchBasis } from './regulation-match.util';
export { rankDuplicateCandidates } from './rank-duplicate-candidates.util';
export { computeTextSignature, signatureTerms, TEXT_SIGNATURE_VERSION } from './text-signature.util';
export type { TextSignature } from './text-signature.util';
