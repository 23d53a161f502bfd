/**
 * Base class of every business rule violation. Domain code throws these; each transport maps the
 * stable `code` once (HTTP: problem+json status; Kafka: drop with a log instead of retrying).
 * `kind` decides the mapping so no transport needs to know every code (`too-large`: an uploaded
 * file over its limit, HTTP 413; `unsupported`: a file of a kind not accepted, HTTP 415).
 *
 * An error carries no text: it names its message by a key of the message catalogue (libs/i18n,
 * namespace `errors`) and the parameters the message interpolates. The text is chosen at the edge,
 * in the reader's language (libs/http renders problem+json by Accept-Language), so this library
 * stays free of any translation machinery.
 */
export type DomainErrorKind = 'not-found' | 'conflict' | 'invalid' | 'forbidden' | 'too-large' | 'unsupported';

/**
 * A value a message interpolates: text and numbers as they are, a date written out in the reader's
 * language, or `{ key }` — a term of the catalogue translated first (a status or action named by
 * its code, so the domain never writes the word itself).
 */
export type MessageParam = string | number | Date | { readonly key: string };
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** One bad part of an input a rule refused as a whole (e.g. a row of an imported file). */
export interface DomainFieldError {
  /** Where: a field path or `row 3` / `row 3.value`, as the client sent it. */
  field: string;
  /** The catalogue key of the message, e.g. `errors:review.indicator-row.not-a-number`. */
  key: string;
  params?: MessageParams;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;
  /** Per part, when the rule names more than one thing wrong (rendered as problem+json `errors`). */
  readonly fieldErrors?: DomainFieldError[];

  constructor(
    /**
     * The catalogue key of the message for the user (`errors:<area>.<what>`). Usually one per code;
     * a code whose message varies with the case (a revision given or not) names the variant's key.
     */
    readonly key: string,
    /** What the message interpolates (`{{theme}}`, `{{count}}` also picks the plural form). */
    readonly params: MessageParams = {},
  ) {
    // The key, not a text: logs are read by the team, and they search by key and code.
    super(key);
    this.name = new.target.name;
  }
}
