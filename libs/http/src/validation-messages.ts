import { hasMessage, translatorFor, type MessageParams } from '@pb/i18n';
import type { Language } from './language';

type Args = unknown[];

/**
 * The parameters a constraint's message interpolates, from the decorator's arguments. A constraint
 * whose message needs no argument has no entry here; one whose argument may be missing (no metadata
 * for the target) names a variant of its message that reads without it, rather than crash.
 */
const argsOf: Record<string, (a: Args) => { key?: string; params: MessageParams }> = {
  isIn: (a) => (Array.isArray(a[0]) ? { params: { values: a[0].join(', ') } } : { key: 'validation:constraint.isInWithoutList', params: {} }),
  isLength: (a) => (a[1] === undefined ? { key: 'validation:constraint.isLengthWithoutMax', params: { min: String(a[0]) } } : { params: { min: String(a[0]), max: String(a[1]) } }),
  minLength: (a) => ({ params: { min: String(a[0]) } }),
  maxLength: (a) => ({ params: { max: String(a[0]) } }),
  arrayMaxSize: (a) => ({ params: { max: String(a[0]) } }),
  arrayMinSize: (a) => ({ params: { min: String(a[0]) } }),
  min: (a) => ({ params: { min: String(a[0]) } }),
  max: (a) => ({ params: { max: String(a[0]) } }),
  equals: (a) => ({ params: { value: String(a[0]) } }),
};

/**
 * The per-field message of a failed class-validator constraint, from the catalogue's `validation`
 * namespace: by the `context.code` of a `@Matches` pattern, else by the constraint's name. A
 * constraint without a message falls back to a generic one rather than class-validator's English text.
 */
export function validationMessage(constraint: string, args: Args, lang: Language, code?: string): string {
  const t = translatorFor(lang);
  if (code && hasMessage(lang, `validation:pattern.${code}`)) return t(`validation:pattern.${code}`);
  if (!hasMessage(lang, `validation:constraint.${constraint}`)) return t('validation:invalid');
  const { key, params } = argsOf[constraint]?.(args) ?? { params: {} };
  return t(key ?? `validation:constraint.${constraint}`, params);
}
