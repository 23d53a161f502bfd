import { hasMessage, translatorFor } from '@pb/i18n';
import type { Language } from './language';

/** RFC 9457 problem details as this platform sends them. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  errors?: FieldError[];
  correlationId?: string;
  instance?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

// Titles and details per status live in the catalogue (`errors:problem.*`); a status without its
// own text reads as the nearest general one (400 for a client error, 500 for a server error).
const statusKey = (part: 'title' | 'detail', status: number, lang: Language): string =>
  hasMessage(lang, `errors:problem.${part}.${status}`) ? `errors:problem.${part}.${status}` : `errors:problem.${part}.${status >= 500 ? 500 : 400}`;

export function problemTitle(status: number, lang: Language): string {
  return translatorFor(lang)(statusKey('title', status, lang));
}

export function problemDetail(status: number, lang: Language): string {
  return translatorFor(lang)(statusKey('detail', status, lang));
}

export function problem(status: number, lang: Language, extra: Partial<Problem> = {}): Problem {
  return {
    type: extra.code ? `https://permanentbeta.nl/problems/${extra.code.toLowerCase().replace(/[._]/g, '-')}` : 'about:blank',
    title: problemTitle(status, lang),
    status,
    detail: problemDetail(status, lang),
    ...extra,
  };
}
