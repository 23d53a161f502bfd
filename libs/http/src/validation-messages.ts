import type { Language } from './language';

type Args = unknown[];
type Template = (args: Args) => string;

/**
 * Per-field messages by class-validator constraint, in Dutch and English. A constraint without an
 * entry falls back to a generic message rather than class-validator's English text.
 */
const messages: Record<string, { nl: Template; en: Template }> = {
  whitelistValidation: { nl: () => 'Dit veld is onbekend en niet toegestaan.', en: () => 'This field is unknown and not allowed.' },
  isDefined: { nl: () => 'Dit veld is verplicht.', en: () => 'This field is required.' },
  isNotEmpty: { nl: () => 'Dit veld is verplicht.', en: () => 'This field is required.' },
  isString: { nl: () => 'Vul hier tekst in.', en: () => 'Enter text here.' },
  isBoolean: { nl: () => 'Kies ja of nee (true of false).', en: () => 'Choose yes or no (true or false).' },
  isInt: { nl: () => 'Vul een geheel getal in.', en: () => 'Enter a whole number.' },
  isObject: { nl: () => 'Dit veld moet een object zijn.', en: () => 'This field must be an object.' },
  isArray: { nl: () => 'Dit veld moet een lijst zijn.', en: () => 'This field must be a list.' },
  isEmail: { nl: () => 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.', en: () => 'Enter a valid e-mail address, for example name@example.com.' },
  isUrl: { nl: () => 'Vul een geldige webadres in dat begint met https://.', en: () => 'Enter a valid web address starting with https://.' },
  isUuid: { nl: () => 'Dit is geen geldige id.', en: () => 'This is not a valid id.' },
  isIso8601: { nl: () => 'Vul een datum en tijd in (ISO 8601).', en: () => 'Enter a date and time (ISO 8601).' },
  isDateString: { nl: () => 'Vul een datum en tijd in (ISO 8601).', en: () => 'Enter a date and time (ISO 8601).' },
  isIn: {
    // Without the list (no metadata for the target) the message still reads, rather than crash.
    nl: (a) => (Array.isArray(a[0]) ? `Kies een van: ${a[0].join(', ')}.` : 'Kies een van de toegestane waarden.'),
    en: (a) => (Array.isArray(a[0]) ? `Choose one of: ${a[0].join(', ')}.` : 'Choose one of the allowed values.'),
  },
  isLength: {
    nl: (a) => `Gebruik tussen ${a[0]} en ${a[1] ?? 'onbeperkt'} tekens.`,
    en: (a) => `Use between ${a[0]} and ${a[1] ?? 'unlimited'} characters.`,
  },
  minLength: { nl: (a) => `Gebruik minstens ${a[0]} tekens.`, en: (a) => `Use at least ${a[0]} characters.` },
  maxLength: { nl: (a) => `Gebruik hoogstens ${a[0]} tekens.`, en: (a) => `Use at most ${a[0]} characters.` },
  arrayMaxSize: { nl: (a) => `Geef hoogstens ${a[0]} items.`, en: (a) => `Give at most ${a[0]} items.` },
  arrayMinSize: { nl: (a) => `Geef minstens ${a[0]} items.`, en: (a) => `Give at least ${a[0]} items.` },
  min: { nl: (a) => `Vul ${a[0]} of meer in.`, en: (a) => `Enter ${a[0]} or more.` },
  max: { nl: (a) => `Vul ${a[0]} of minder in.`, en: (a) => `Enter ${a[0]} or less.` },
  equals: { nl: (a) => `Dit veld moet ${String(a[0])} zijn.`, en: (a) => `This field must be ${String(a[0])}.` },
  isPageCursor: { nl: () => 'Deze cursor is ongeldig: gebruik de link next van de vorige pagina.', en: () => 'This cursor is not valid: use the next link of the previous page.' },
  nestedValidation: { nl: () => 'Dit veld heeft niet de juiste vorm.', en: () => 'This field does not have the right shape.' },
};

/** Messages for `@Matches` patterns, keyed by the `context.code` given in the decorator. */
const patternMessages: Record<string, { nl: string; en: string }> = {
  kvk: { nl: 'Een KvK-nummer bestaat uit 8 cijfers.', en: 'A KvK number consists of 8 digits.' },
  bwb: { nl: 'Een BWB-id is BWBR gevolgd door 7 cijfers, bijvoorbeeld BWBR0005537.', en: 'A BWB id is BWBR followed by 7 digits, for example BWBR0005537.' },
  phone: { nl: 'Vul een telefoonnummer in met alleen cijfers, spaties, + of -.', en: 'Enter a phone number using only digits, spaces, + or -.' },
  theme: { nl: 'Vul een themacode in zoals 1.3 of 2.1.2.', en: 'Enter a theme code such as 1.3 or 2.1.2.' },
  reference: { nl: 'Een kenmerk ziet eruit als LKT-2026-000123.', en: 'A reference looks like LKT-2026-000123.' },
  text: { nl: 'Deze tekst bevat tekens die niet zijn toegestaan.', en: 'This text contains characters that are not allowed.' },
  topic: {
    nl: 'Kies een thema (zoals 1.4), een regeling (BWBR gevolgd door 7 cijfers) of een melding (zoals LKT-2026-000123).',
    en: 'Choose a theme (such as 1.4), a regulation (BWBR followed by 7 digits) or a report (such as LKT-2026-000123).',
  },
  token: { nl: 'Deze link is niet compleet: open de link uit de e-mail opnieuw.', en: 'This link is not complete: open the link from the e-mail again.' },
};

export function validationMessage(constraint: string, args: Args, lang: Language, code?: string): string {
  if (code && patternMessages[code]) return patternMessages[code][lang];
  const entry = messages[constraint];
  if (entry) return entry[lang](args);
  return lang === 'nl' ? 'Deze waarde is niet geldig.' : 'This value is not valid.';
}
