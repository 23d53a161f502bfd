import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Free text typed by people: any character except control characters (tab and newlines are fine),
 * lone UTF-16 surrogates and U+FFFD — the replacement character is what invalid UTF-8 bytes decode
 * to, so text sent in a broken encoding is refused rather than stored garbled. The `u` flag makes
 * the surrogate range match lone halves only, so emoji stay allowed. Use with
 * `@Matches(FREE_TEXT, { context: { code: 'text' } })` for the translated field message.
 */
export const FREE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFD]*$/u;

/**
 * A required text that is more than white space. Handlers trim names before they store them, so a
 * name of only spaces or tabs would reach the database empty (schemathesis found a saved queue
 * filter named "\t" answered 500 by the length check of its table). Its own constraint, not a
 * second `@Matches`: class-validator keeps one context per constraint name, so two `@Matches` on a
 * field would share one message. A value that is not a string is `@IsString`'s to refuse.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isNotBlank', validator: { validate: (value: unknown) => typeof value !== 'string' || /\S/u.test(value) } }, options);
}
