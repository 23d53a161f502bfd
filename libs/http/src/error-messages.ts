import { dateFormat, translatorFor, type MessageParams as TextParams } from '@pb/i18n';
import type { DomainError, MessageParams } from '@pb/kernel';
import type { Language } from './language';

// Moments in messages read as they did when the domain wrote them out itself: a long date and the
// time to the second, on the platform's clock (Amsterdam), in the reader's language.
const formatDate = (d: Date, lang: Language): string => dateFormat(lang, { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'medium' }).format(d);

/**
 * A domain error's message in one language: the catalogue key it names, with its parameters
 * written out first — a date in the reader's language, a `{ key }` term (a status, an action)
 * translated — so the domain passes codes and values, never words.
 */
export function renderMessage(key: string, params: MessageParams | undefined, lang: Language): string {
  const t = translatorFor(lang);
  const text: TextParams = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    text[name] = value instanceof Date ? formatDate(value, lang) : typeof value === 'object' ? t(value.key) : value;
  }
  return t(key, text);
}

export const domainErrorDetail = (error: DomainError, lang: Language): string => renderMessage(error.key, error.params, lang);

export const domainFieldErrors = (error: DomainError, lang: Language): { field: string; message: string }[] =>
  (error.fieldErrors ?? []).map((e) => ({ field: e.field, message: renderMessage(e.key, e.params, lang) }));
