import type { Language } from './language';

// One catalogue per language, split into namespaces so that each area keeps its own file. Adding a
// namespace: add `messages/nl/<ns>.json` and `messages/en/<ns>.json` and list both below. The check
// in catalogue.spec.ts fails when a key is missing in one language, when the placeholders of the two
// differ, or when a key is used nowhere.
import nlCommon from './messages/nl/common.json';
import enCommon from './messages/en/common.json';
import nlProposalText from './messages/nl/proposal-text.json';
import enProposalText from './messages/en/proposal-text.json';

/** A namespace's messages: nested objects, leaves are i18next strings (`{{name}}`, `_one`/`_other`). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export const CATALOGUE: Record<Language, Record<string, MessageTree>> = {
  nl: { common: nlCommon, 'proposal-text': nlProposalText },
  en: { common: enCommon, 'proposal-text': enProposalText },
};

export const NAMESPACES = Object.keys(CATALOGUE.nl);
