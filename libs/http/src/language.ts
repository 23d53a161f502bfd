// The reader's language is the catalogue's business (libs/i18n), so that libraries below this one
// (libs/observability's /metrics) answer in it too; re-exported here for the HTTP layer.
export type { Language } from '@pb/i18n';
export { languageOf } from '@pb/i18n';
