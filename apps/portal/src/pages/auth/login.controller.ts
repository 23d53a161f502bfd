import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { signDevelopmentToken } from '@pb/auth';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { OidcClient } from '../../clients/oidc-client';
import { PortalEnv } from '../../config/portal.env';
import { FormState } from '../../web/components';
import { clearCookie, parseCookies, setCookie } from '../../web/cookies';
import { DEV_LOGIN_FIELDS, devLoginErrors, devLoginPrincipal, pickFormValues } from '../../web/forms';
import type { SafeHtml } from '../../web/html';
import { Page, PageContext } from '../../web/page-context';
import { SESSION_COOKIE } from '../../web/page-middleware';
import { sendPage } from '../../web/respond';
import { DEV_LOGIN_DEFAULTS, renderLogin } from './login.views';

const SESSION_SECONDS = 8 * 3600;
const OIDC_COOKIE = 'pb_oidc';

/** Only local paths, so the login cannot be used as an open redirect. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/**
 * Login for staff. Locally: the development issuer (choose role, department and name; the portal
 * signs a JWT with JWT_SECRET). In production the OIDC provider issues the token (see README).
 */
@Controller()
export class LoginController {
  constructor(
    @Inject(PortalEnv) private readonly env: PortalEnv,
    private readonly oidc: OidcClient,
  ) {}

  /** Production: off to the OIDC provider (authorization code flow with PKCE). */
  @Get('inloggen/oidc')
  async startOidc(@Page() ctx: PageContext, @Query('next') next: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) {
      sendPage(res, this.render(ctx, { values: {}, errors: {} }), 404);
      return;
    }
    try {
      const { url, pending } = await this.oidc.start(safeNext(next));
      setCookie(res, OIDC_COOKIE, this.oidc.seal(pending), { maxAgeSeconds: 600, secure: this.env.COOKIE_SECURE });
      res.redirect(303, url);
    } catch {
      sendPage(res, this.render(ctx, { values: {}, errors: {} }, true), 503);
    }
  }

  @Get('inloggen/callback')
  async oidcCallback(@Page() ctx: PageContext, @Req() req: Request, @Query('code') code: string | undefined, @Query('state') state: string | undefined, @Res() res: Response): Promise<void> {
    const pending = this.oidc.unseal(parseCookies(req.headers.cookie)[OIDC_COOKIE]);
    clearCookie(res, OIDC_COOKIE, this.env.COOKIE_SECURE);
    if (!this.oidc.enabled || !pending || typeof code !== 'string' || typeof state !== 'string') {
      sendPage(res, this.render(ctx, { values: {}, errors: {} }, true), 400);
      return;
    }
    try {
      const token = await this.oidc.finish(pending, code, state);
      setCookie(res, SESSION_COOKIE, token, { maxAgeSeconds: SESSION_SECONDS, secure: this.env.COOKIE_SECURE });
      res.redirect(303, safeNext(pending.next));
    } catch {
      sendPage(res, this.render(ctx, { values: {}, errors: {} }, true), 400);
    }
  }

  @Get('inloggen')
  form(@Page() ctx: PageContext, @Query('next') next: string | undefined, @Res() res: Response): void {
    sendPage(res, this.render(ctx, { values: { ...DEV_LOGIN_DEFAULTS, next: safeNext(next) }, errors: {} }));
  }

  @Post('inloggen')
  login(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): void {
    const values = pickFormValues(body, DEV_LOGIN_FIELDS);
    if (!ctx.devLogin) {
      sendPage(res, this.render(ctx, { values, errors: {} }), 404);
      return;
    }
    const errors = devLoginErrors(ctx, values);
    if (Object.keys(errors).length) return sendPage(res, this.render(ctx, { values, errors }), 400);
    const { role, name, department } = devLoginPrincipal(values);
    // A stable pseudonymous subject per name and role, so the same person keeps the same id.
    const sub = `dev-${createHash('sha256').update(`${role}:${name}`).digest('hex').slice(0, 16)}`;
    const token = signDevelopmentToken(
      { secret: this.env.JWT_SECRET, issuer: this.env.JWT_ISSUER, audience: this.env.JWT_AUDIENCE },
      { sub, roles: [role], department: department || undefined, name },
      SESSION_SECONDS,
    );
    setCookie(res, SESSION_COOKIE, token, { maxAgeSeconds: SESSION_SECONDS, secure: this.env.COOKIE_SECURE });
    const home = role === 'official' || role === 'intake' ? '/behandelen' : role === 'moderator' ? '/moderatie' : role === 'coordinator' ? '/coordinatie' : '/';
    res.redirect(303, values.next && values.next !== '/' ? safeNext(values.next) : home);
  }

  @Post('uitloggen')
  logout(@Res() res: Response): void {
    clearCookie(res, SESSION_COOKIE, this.env.COOKIE_SECURE);
    res.redirect(303, '/');
  }

  private render(ctx: PageContext, form: FormState, failed = false): SafeHtml {
    return renderLogin(ctx, form, { oidcEnabled: this.oidc.enabled, failed });
  }
}
