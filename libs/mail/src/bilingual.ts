import { translatorFor, type Language, type MessageParams } from '@pb/i18n';

/**
 * A mail text from the catalogue in both languages, Dutch first and English second. The services
 * do not know a recipient's language (nobody is asked for it when they report or respond), so a
 * mail carries both; the texts themselves live per language in the catalogue's `mail` namespace.
 * `params` is asked once per language, so a date or a nested text is written in that language.
 */
export function bilingual(key: string, separator: string, params: (lang: Language, t: (key: string, params?: MessageParams) => string) => MessageParams = () => ({})): string {
  return (['nl', 'en'] as const).map((lang) => translatorFor(lang)(key, params(lang, translatorFor(lang)))).join(separator);
}

/**
 * A bilingual subject line, "Dutch / English". `englishKey` may name a shorter English subject
 * (without the reference the Dutch part already carries), so the line stays short in a mail list.
 */
export function bilingualSubject(key: string, params: MessageParams = {}, englishKey = key): string {
  return `${translatorFor('nl')(key, params)} / ${translatorFor('en')(englishKey, params)}`;
}
