import type { Principal } from '@pb/auth';
import type { Language } from '@pb/http/core';
import { PageContext, pageTexts } from './page-context';

/** A page context for view specs: no request, no cookies; a fixed CSRF token. */
export function testPageContext(lang: Language = 'nl', principal?: Principal, path = '/'): PageContext {
  return { lang, ...pageTexts(lang), principal, csrfToken: 'csrf-token', path, originalUrl: path, devLogin: false };
}
