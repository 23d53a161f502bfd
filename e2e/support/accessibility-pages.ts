/**
 * The pages axe-core checks in the browser (accessibility.e2e-spec.ts), each in Dutch and English.
 * The accessibility statement (apps/portal/src/pages/public/statements.ts) quotes how many: a unit
 * spec there keeps its figures equal to these lists.
 */
export const PUBLIC_PAGES = [
  '/',
  '/meldingen/nieuw',
  '/meldingen/nieuw/ontvangen?referentie=LKT-2026-000001',
  '/monitor',
  '/inloggen',
  '/consultaties',
  '/register',
  '/jaaroverzichten',
  '/strategie',
  '/strategie/versies/2018.0',
  '/open-data',
  '/regelgeving',
  '/privacyverklaring',
  '/toegankelijkheidsverklaring',
  '/colofon',
  '/bestaat-niet',
];

export const STAFF_PAGES: { role: 'official' | 'moderator' | 'coordinator'; paths: string[] }[] = [
  { role: 'official', paths: ['/behandelen'] },
  { role: 'moderator', paths: ['/moderatie'] },
  { role: 'coordinator', paths: ['/coordinatie', '/coordinatie/voorstellen/nieuw'] },
];

export const LANGUAGES = ['nl', 'en'] as const;
