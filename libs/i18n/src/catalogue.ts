import type { Language } from './language';

// One catalogue per language, split into namespaces so that each area keeps its own file. Adding a
// namespace: add `messages/nl/<ns>.json` and `messages/en/<ns>.json` and list both below. The check
// in catalogue.spec.ts fails when a key is missing in one language, when the placeholders of the two
// differ, or when a key is used nowhere.
import nlCommon from './messages/nl/common.json';
import enCommon from './messages/en/common.json';
// The portal's pages, one namespace per area (scripts/i18n/portal-codemod.ts writes them).
import nlLayout from './messages/nl/layout.json';
import enLayout from './messages/en/layout.json';
import nlLabels from './messages/nl/labels.json';
import enLabels from './messages/en/labels.json';
import nlPublic from './messages/nl/public.json';
import enPublic from './messages/en/public.json';
import nlLoket from './messages/nl/loket.json';
import enLoket from './messages/en/loket.json';
import nlConsultations from './messages/nl/consultations.json';
import enConsultations from './messages/en/consultations.json';
import nlOfficials from './messages/nl/officials.json';
import enOfficials from './messages/en/officials.json';
import nlStaff from './messages/nl/staff.json';
import enStaff from './messages/en/staff.json';
import nlAdmin from './messages/nl/admin.json';
import enAdmin from './messages/en/admin.json';
import nlAuth from './messages/nl/auth.json';
import enAuth from './messages/en/auth.json';

/** A namespace's messages: nested objects, leaves are i18next strings (`{{name}}`, `_one`/`_other`). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export const CATALOGUE: Record<Language, Record<string, MessageTree>> = {
  nl: { common: nlCommon, layout: nlLayout, labels: nlLabels, public: nlPublic, loket: nlLoket, consultations: nlConsultations, officials: nlOfficials, staff: nlStaff, admin: nlAdmin, auth: nlAuth },
  en: { common: enCommon, layout: enLayout, labels: enLabels, public: enPublic, loket: enLoket, consultations: enConsultations, officials: enOfficials, staff: enStaff, admin: enAdmin, auth: enAuth },
};

export const NAMESPACES = Object.keys(CATALOGUE.nl);
