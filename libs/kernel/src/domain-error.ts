/**
 * Base class of every business rule violation. Domain code throws these; each transport maps the
 * stable `code` once (HTTP: problem+json status; Kafka: drop with a log instead of retrying).
 * `kind` decides the mapping so no transport needs to know every code.
 */
export type DomainErrorKind = 'not-found' | 'conflict' | 'invalid' | 'forbidden';

/** One bad part of an input a rule refused as a whole (e.g. a row of an imported file). */
export interface DomainFieldError {
  /** Where: a field path or `row 3` / `row 3.value`, as the client sent it. */
  field: string;
  messageNl: string;
  messageEn: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;
  /** Per part, when the rule names more than one thing wrong (rendered as problem+json `errors`). */
  readonly fieldErrors?: DomainFieldError[];

  constructor(
    /** Dutch message for the user (the platform's first language). */
    readonly messageNl: string,
    /** English message for the user. */
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = new.target.name;
  }
}
