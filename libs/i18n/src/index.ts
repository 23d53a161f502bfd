export type { Language } from './language';
export { LANGUAGES, languageOf } from './language';
export { dateFormat } from './date-format';
export type { MessageParams, Translate } from './translate';
export { hasMessage, translatorFor } from './translate';
export { CATALOGUE, NAMESPACES } from './catalogue';
export type { MessageTree } from './catalogue';
export type { AnalysisSentenceInput } from './analysis-sentence';
export { analysisSentence, TITLE_SLOT } from './analysis-sentence';
