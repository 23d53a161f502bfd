import { IsIn, IsUUID, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { Topics } from '../topics';

/**
 * The services that hold personal data of the public and so must answer an erasure request. The
 * coordinator waits for exactly these; a service that starts keeping names, addresses or phone
 * numbers joins this list together with its erasure consumer. (proposals and review keep none:
 * they know people only by pseudonymous ids.)
 */
// The review joined when it began to keep subscribers' addresses (issue 12, item 7): widening the
// list is safe because the review, which holds the coordinator, is this event's only consumer.
export const ERASURE_SERVICES = ['loket', 'comments', 'review'] as const;
export type ErasureService = (typeof ERASURE_SERVICES)[number];

/** What was erased, counted per kind of row, e.g. `{ "reporters": 2, "mails": 3 }`. */
export type ErasedCounts = Record<string, number>;

const KIND = /^[a-z][a-z-]{0,39}$/;

@ValidatorConstraint({ name: 'erasedCounts' })
export class ErasedCountsConstraint implements ValidatorConstraintInterface {
  /** For the AsyncAPI document (scripts/generate-asyncapi.ts). */
  static readonly jsonSchema = {
    type: 'object',
    maxProperties: 20,
    propertyNames: { pattern: KIND.source },
    additionalProperties: { type: 'integer', minimum: 0 },
  };

  validate(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length <= 20 && entries.every(([kind, n]) => KIND.test(kind) && Number.isSafeInteger(n) && (n as number) >= 0);
  }

  defaultMessage(): string {
    return 'erased must map at most 20 kinds (lower-case, a-z and -) to whole counts ≥ 0';
  }
}

/** One service erased the person of an erasure request (or found nothing to erase: all counts 0). */
export class ErasureCompletedV1 {
  static readonly type = 'privacy.ErasureCompleted';
  static readonly version = 1;
  static readonly topic = Topics.erasures;
  static readonly description = 'A service erased the personal data of an erasure request and says how many rows of each kind.';

  @IsUUID()
  erasureId!: string;

  @IsIn(ERASURE_SERVICES)
  service!: ErasureService;

  @Validate(ErasedCountsConstraint)
  erased!: ErasedCounts;
}
