/**
 * Base class of every business rule violation. Domain code throws these; each transport maps the
 * stable `code` once (HTTP: problem+json status; Kafka: drop with a log instead of retrying).
 * `kind` decides the mapping so no transport needs to know every code.
 */
export type DomainErrorKind = 'not-found' | 'conflict' | 'invalid' | 'forbidden';

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

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
