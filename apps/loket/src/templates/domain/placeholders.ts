import type { DomainFieldError } from '@pb/kernel';

/**
 * Placeholders in a template an admin writes: `{name}` (letters only). Anything else between
 * braces is plain text, so "{ zie bijlage }" needs no escaping. A placeholder the template's kind
 * does not offer is refused when the template is saved, so filling never meets an unknown one.
 */
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholder names in `text`, each once, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Replaces each placeholder with its value; one without a value stays as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole));
}

/** A field error for each field whose text uses a placeholder outside `allowed`. */
export function unknownPlaceholderErrors(fields: Readonly<Record<string, string>>, allowed: readonly string[]): DomainFieldError[] {
  return Object.entries(fields).flatMap(([field, text]) => {
    const unknown = placeholdersIn(text).filter((p) => !allowed.includes(p));
    if (unknown.length === 0) return [];
    return [{ field, key: 'templates:errors.unknown-placeholder', params: { count: unknown.length, names: unknown.map((u) => `{${u}}`).join(', '), allowed: allowed.map((a) => `{${a}}`).join(', ') } }];
  });
}
