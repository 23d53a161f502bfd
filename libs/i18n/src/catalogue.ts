import type { Language } from './language';

// One catalogue per language, split into namespaces so that each area keeps its own file. Adding a
// namespace: add `messages/nl/<ns>.json` and `messages/en/<ns>.json` and list both below. The check
// in catalogue.spec.ts fails when a key is missing in one language, when the placeholders of the two
// differ, or when a key is used nowhere.
import nlCommon from './messages/nl/common.json';
import enCommon from './messages/en/common.json';
import nlReadingRoom from './messages/nl/reading-room.json';
import enReadingRoom from './messages/en/reading-room.json';

/** A namespace's messages: nested objects, leaves are i18next strings (`{{name}}`, `_one`/`_other`). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export const CATALOGUE: Record<Language, Record<string, MessageTree>> = {
  nl: { common: nlCommon, 'reading-room': nlReadingRoom },
  en: { common: enCommon, 'reading-room': enReadingRoom },
};

export const NAMESPACES = Object.keys(CATALOGUE.nl);
