import type { NextFunction, Request, Response } from 'express';
import { TokenVerifier } from '@pb/auth';
import type { Language } from '@pb/http/core';
import { RequestContext } from '@pb/observability';
import type { PortalEnv } from '../config/portal.env';
import { postedIdempotencyKey } from './components';
import { parseCookies, setCookie } from './cookies';
import { CsrfTokens } from './csrf';
import type { PageRequest } from './page-context';
import { pageTexts } from './page-context';
import { renderForbidden } from './error-pages';

export const LANG_COOKIE = 'pb_lang';
export const SESSION_COOKIE = 'pb_session';
export const CSRF_COOKIE = 'pb_csrf';

/**
 * Builds the page context of every non-API request: language (`?lang=en` sets a cookie; Dutch by
 * default), the logged-in staff member from the session cookie, and the CSRF seed. Refuses any
 * state-changing request whose form does not carry the matching CSRF token.
 */
/**
 * A mail client's one-click unsubscribe (RFC 8058: `List-Unsubscribe=One-Click`, posted without a
 * session or a form). CSRF protects a person's session from a forged form; here the secret is the
 * unsubscribe token in the URL, which a forger cannot know, and the only effect is fewer mails.
 */
function isOneClickUnsubscribe(req: Request): boolean {
  return req.method === 'POST' && req.path === '/abonnementen/opzeggen' && (req.body as Record<string, unknown> | undefined)?.['List-Unsubscribe'] === 'One-Click';
}

export function createPageMiddleware(env: PortalEnv, verifier: TokenVerifier, csrf: CsrfTokens) {
  const secure = env.COOKIE_SECURE;
  // The development issuer exists in development and test only. Production refuses DEV_LOGIN=true
  // at start (libs/config); this second lock holds even for an env object that skipped validation.
  const devLogin = (env.NODE_ENV === 'development' || env.NODE_ENV === 'test') && env.DEV_LOGIN && !env.JWT_JWKS_URL;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const path = req.originalUrl ?? req.url;
    if (path.startsWith('/api/') || path.startsWith('/assets/') || path.startsWith('/health')) return next();
    const cookies = parseCookies(req.headers.cookie);

    let lang: Language = cookies[LANG_COOKIE] === 'en' ? 'en' : 'nl';
    const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    if (asked === 'en' || asked === 'nl') {
      lang = asked;
      setCookie(res, LANG_COOKIE, lang, { maxAgeSeconds: 365 * 24 * 3600, httpOnly: false, secure });
    }

    let seed = cookies[CSRF_COOKIE];
    if (!seed || seed.length < 40) {
      seed = csrf.newSeed();
      setCookie(res, CSRF_COOKIE, seed, { secure });
    }

    const session = cookies[SESSION_COOKIE];
    let principal;
    let accessToken;
    if (session) {
      try {
        principal = await verifier.verify(session);
        accessToken = session;
      } catch {
        // An expired or foreign token is simply no login; the cookie is replaced at the next login.
      }
    }

    const posted = ['GET', 'HEAD', 'OPTIONS'].includes(req.method) ? undefined : postedIdempotencyKey(req.body);
    const page = {
      postedIdempotencyKey: posted,
      lang,
      ...pageTexts(lang),
      principal,
      accessToken,
      csrfToken: csrf.tokenFor(seed),
      path: req.path,
      originalUrl: path,
      devLogin,
    };
    (req as PageRequest).page = page;
    res.setHeader('Content-Language', lang);

    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && !isOneClickUnsubscribe(req)) {
      const token = (req.body as Record<string, unknown> | undefined)?._csrf;
      if (!csrf.verify(cookies[CSRF_COOKIE], token)) {
        res.status(403).type('html').send(renderForbidden(page).value);
        return;
      }
      // The service call this post makes carries the form's key (ServiceClient reads it here).
      const context = RequestContext.current();
      if (context && posted) context.idempotencyKey = posted;
    }
    next();
  };
}
