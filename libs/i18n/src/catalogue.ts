import type { Language } from './language';

// One catalogue per language, split into namespaces so that each area keeps its own file. Adding a
// namespace: add `messages/nl/<ns>.json` and `messages/en/<ns>.json` and list both below. The check
// in catalogue.spec.ts fails when a key is missing in one language, when the placeholders of the two
// differ, or when a key is used nowhere.
import nlCommon from './messages/nl/common.json';
import enCommon from './messages/en/common.json';
import nlSubscriptions from './messages/nl/subscriptions.json';
import enSubscriptions from './messages/en/subscriptions.json';
import nlRegisterEntry from './messages/nl/register-entry.json';
import enRegisterEntry from './messages/en/register-entry.json';
import nlMonitorTrends from './messages/nl/monitor-trends.json';
import nlRegisterFilters from './messages/nl/register-filters.json';
import nlSuggestion from './messages/nl/suggestion.json';
import enSuggestion from './messages/en/suggestion.json';
import enRegisterFilters from './messages/en/register-filters.json';
import enMonitorTrends from './messages/en/monitor-trends.json';
import nlErrors from './messages/nl/errors.json';
import enErrors from './messages/en/errors.json';
import nlValidation from './messages/nl/validation.json';
import enValidation from './messages/en/validation.json';
import nlReview from './messages/nl/review.json';
import enReview from './messages/en/review.json';
import nlMail from './messages/nl/mail.json';
import enMail from './messages/en/mail.json';

/** A namespace's messages: nested objects, leaves are i18next strings (`{{name}}`, `_one`/`_other`). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export const CATALOGUE: Record<Language, Record<string, MessageTree>> = {
  nl: {
    common: nlCommon,
    errors: nlErrors,
    validation: nlValidation,
    review: nlReview,
    mail: nlMail,
    subscriptions: nlSubscriptions,
    'register-entry': nlRegisterEntry,
    'monitor-trends': nlMonitorTrends,
    'register-filters': nlRegisterFilters,
    suggestion: nlSuggestion,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    validation: enValidation,
    review: enReview,
    mail: enMail,
    subscriptions: enSubscriptions,
    'register-entry': enRegisterEntry,
    'monitor-trends': enMonitorTrends,
    'register-filters': enRegisterFilters,
    suggestion: enSuggestion,
  },
};

export const NAMESPACES = Object.keys(CATALOGUE.nl);
