import { translatorFor, type Language, type MessageParams } from '@pb/i18n';

type Translate = (key: string, params?: MessageParams) => string;

/** The languages a mail is written in: the recipient's when it is known, else Dutch first and English second. */
export const mailLanguages = (lang: Language | null | undefined): Language[] => (lang ? [lang] : ['nl', 'en']);

/**
 * A mail text from the catalogue in the recipient's language (`lang`); in both, Dutch first and
 * English second, when it is not known (a person who never told us — nobody is asked when they
 * report — or a mail from before the language was stored). The texts live per language in the
 * catalogue's `mail` namespace. `params` is asked once per language, so a date or a nested text is
 * written in that language.
 */
export function mailText(lang: Language | null | undefined, key: string, separator: string, params: (lang: Language, t: Translate) => MessageParams = () => ({})): string {
  return mailLanguages(lang)
    .map((l) => translatorFor(l)(key, params(l, translatorFor(l))))
    .join(separator);
}

/**
 * A subject line in the recipient's language, or "Dutch / English" when it is not known.
 * `englishKey` may name a shorter English subject (without the reference the Dutch part already
 * carries), so the line stays short in a mail list; alone, the English subject is the full one.
 */
export function mailSubject(lang: Language | null | undefined, key: string, params: MessageParams = {}, englishKey = key): string {
  if (lang) return translatorFor(lang)(key, params);
  return `${translatorFor('nl')(key, params)} / ${translatorFor('en')(englishKey, params)}`;
}

