import type { Language } from './language';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` for a reader's language, made once per language and options and kept.
 * `Date#toLocaleString(locale, options)` builds a new formatter on every call — about a millisecond
 * each, the largest single cost of the loket's acknowledgement mail (issue 14, bench:intake) and of
 * every dated table row in the portal.
 */
export function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}
