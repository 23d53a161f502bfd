import { IsInt, IsISO8601, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { Topics } from '../topics';
import { STRATEGY_VERSION_PATTERN } from '../strategy/strategy-version-published.v1';

/**
 * A year's review was compiled into a new, immutable revision. `figuresDigest` is the SHA-256 of
 * the revision's figures (their records' ids, as the figures endpoint serves them), so anyone
 * holding a copy can tell whether it is the one that was published.
 */
export class ReviewCompiledV1 {
  static readonly type = 'review.ReviewCompiled';
  static readonly version = 1;
  static readonly topic = Topics.reviews;
  static readonly description = 'A year’s review was compiled into a new immutable revision, with the SHA-256 digest of its figures.';

  @IsInt()
  year!: number;

  @IsInt()
  @Min(1)
  revision!: number;

  @IsUUID()
  jobId!: string;

  /** The strategy version the review's themes follow (null before any version was published). */
  @IsOptional()
  @Matches(STRATEGY_VERSION_PATTERN)
  strategyVersion!: string | null;

  /** Position in the figure ledger the figures are "as of" (a decimal string: it is a bigint). */
  @Matches(/^\d+$/)
  asOfPosition!: string;

  @Matches(/^[0-9a-f]{64}$/)
  figuresDigest!: string;

  @IsISO8601({ strict: true })
  compiledAt!: string;
}
