import { IsIn, IsUUID, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { Topics } from '../topics';
import { ERASURE_SERVICES, ErasedCounts, ErasureService } from './vocabulary';

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
