import i18next, { type TFunction } from 'i18next';
import { CATALOGUE, NAMESPACES } from './catalogue';
import type { Language } from './language';

/** Parameters a message interpolates (`{{name}}`); `count` also picks the plural form. */
export type MessageParams = Record<string, string | number | undefined>;

/**
 * A message by key, `namespace:path.to.key`, in one language. Texts are chosen at the edge — a
 * page, a problem+json body, a mail — by the reader's language; code below that passes keys and
 * parameters, never text.
 */
export type Translate = (key: string, params?: MessageParams) => string;

// One instance for the process, initialised synchronously from the bundled catalogue (no loading
// at run time, no back end). Interpolated values are not HTML-escaped here: the page templates
// (`html` in the portal) escape every value they insert, and mails are plain text.
const instance = i18next.createInstance();
void instance.init({
  resources: CATALOGUE,
  ns: NAMESPACES,
  defaultNS: 'common',
  lng: 'nl',
  fallbackLng: false,
  supportedLngs: ['nl', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  appendNamespaceToMissingKey: true,
  returnEmptyString: false,
});

const translators = new Map<Language, TFunction>();

/** The catalogue in one language. A missing key returns the key itself (the catalogue check keeps that out of main). */
export function translatorFor(lang: Language): Translate {
  let fixed = translators.get(lang);
  if (!fixed) {
    fixed = instance.getFixedT(lang);
    translators.set(lang, fixed);
  }
  const t = fixed;
  return (key, params) => t(key, params ?? {}) as string;
}

/** Whether a key exists in a language (for the check and for optional texts). */
export function hasMessage(lang: Language, key: string): boolean {
  return instance.exists(key, { lng: lang });
}
