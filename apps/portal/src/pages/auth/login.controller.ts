import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { signDevelopmentToken, StaffRole } from '@pb/auth';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { PortalEnv } from '../../config/portal.env';
import { parseCookies } from '../../web/cookies';
import { OidcClient } from './oidc-client';
import { clearCookie, setCookie } from '../../web/cookies';
import { alert, csrfField, errorSummary, FormState, radioGroup, selectField, submitButton, textField } from '../../web/components';
import { html } from '../../web/html';
import { DEPARTMENTS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { SESSION_COOKIE } from '../../web/page-middleware';
import { pickFormValues } from '../../web/forms';

const ROLES: StaffRole[] = ['official', 'intake', 'moderator', 'coordinator', 'admin'];
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
      res.status(404).type('html').send(this.render(ctx, { values: {}, errors: {} }).value);
      return;
    }
    try {
      const { url, pending } = await this.oidc.start(safeNext(next));
      setCookie(res, OIDC_COOKIE, this.oidc.seal(pending), { maxAgeSeconds: 600, secure: this.env.COOKIE_SECURE });
      res.redirect(303, url);
    } catch {
      res.status(503).type('html').send(this.render(ctx, { values: {}, errors: {} }, true).value);
    }
  }

  @Get('inloggen/callback')
  async oidcCallback(@Page() ctx: PageContext, @Req() req: Request, @Query('code') code: string | undefined, @Query('state') state: string | undefined, @Res() res: Response): Promise<void> {
    const pending = this.oidc.unseal(parseCookies(req.headers.cookie)[OIDC_COOKIE]);
    clearCookie(res, OIDC_COOKIE, this.env.COOKIE_SECURE);
    if (!this.oidc.enabled || !pending || typeof code !== 'string' || typeof state !== 'string') {
      res.status(400).type('html').send(this.render(ctx, { values: {}, errors: {} }, true).value);
      return;
    }
    try {
      const token = await this.oidc.finish(pending, code, state);
      setCookie(res, SESSION_COOKIE, token, { maxAgeSeconds: SESSION_SECONDS, secure: this.env.COOKIE_SECURE });
      res.redirect(303, safeNext(pending.next));
    } catch {
      res.status(400).type('html').send(this.render(ctx, { values: {}, errors: {} }, true).value);
    }
  }

  @Get('inloggen')
  form(@Page() ctx: PageContext, @Query('next') next: string | undefined, @Res() res: Response): void {
    res.type('html').send(this.render(ctx, { values: { role: 'official', department: 'EZK', next: safeNext(next) }, errors: {} }).value);
  }

  @Post('inloggen')
  login(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): void {
    const values = pickFormValues(body, ['role', 'department', 'name', 'next']);
    if (!ctx.devLogin) {
      res.status(404).type('html').send(this.render(ctx, { values, errors: {} }).value);
      return;
    }
    const errors: Record<string, string> = {};
    const role = values.role as StaffRole;
    if (!ROLES.includes(role)) errors.role = ctx.t('Kies een rol.', 'Choose a role.');
    const name = (values.name ?? '').trim();
    if (name.length < 2 || name.length > 100) errors.name = ctx.t('Vul uw naam in (2 tot 100 tekens).', 'Enter your name (2 to 100 characters).');
    const department = (values.department ?? '').trim();
    if (role === 'official' && !DEPARTMENTS.includes(department)) errors.department = ctx.t('Kies het ministerie waarvoor u werkt.', 'Choose the ministry you work for.');
    if (Object.keys(errors).length) {
      res.status(400).type('html').send(this.render(ctx, { values, errors }).value);
      return;
    }
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

  private render(ctx: PageContext, form: FormState, failed = false) {
    const t = ctx.t;
    const title = t('Inloggen voor medewerkers', 'Staff login');
    if (!ctx.devLogin) {
      return layout(ctx, {
        title,
        body: html`${heading1(title)}
${failed ? alert('error', html`<p class="utrecht-paragraph">${t('Inloggen is niet gelukt. Probeer het opnieuw.', 'Logging in did not succeed. Please try again.')}</p>`, 'alert') : ''}
<p class="utrecht-paragraph">${t('Medewerkers loggen in via het identiteitsplatform van de organisatie.', 'Staff log in through the organisation’s identity provider.')}</p>
${this.oidc.enabled ? html`<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button utrecht-button--primary-action" href="/inloggen/oidc?next=${encodeURIComponent(form.values.next ?? '/')}">${t('Inloggen via het identiteitsplatform', 'Log in through the identity provider')}</a></p>` : ''}`,
      });
    }
    return layout(ctx, {
      title,
      body: html`${heading1(title)}
${alert('warning', html`<p class="utrecht-paragraph">${t('Dit is de ontwikkelomgeving: kies zelf een rol. In productie logt u in via het identiteitsplatform (OIDC).', 'This is the development environment: choose a role yourself. In production you log in through the identity provider (OIDC).')}</p>`)}
${errorSummary(ctx, form)}
<form method="post" action="/inloggen" novalidate>
${csrfField(ctx)}<input type="hidden" name="next" value="${form.values.next ?? '/'}">
${radioGroup(ctx, form, {
  name: 'role',
  legend: t('Rol', 'Role'),
  options: [
    { value: 'official', label: t('Behandelaar', 'Official') },
    { value: 'intake', label: t('Intake (frontoffice loket)', 'Intake (front office)') },
    { value: 'moderator', label: t('Moderator', 'Moderator') },
    { value: 'coordinator', label: t('Strategiecoördinator', 'Strategy coordinator') },
    { value: 'admin', label: t('Beheerder', 'Administrator') },
  ],
})}
${selectField(ctx, form, { name: 'department', label: t('Ministerie', 'Ministry'), hint: t('Nodig voor behandelaars.', 'Needed for officials.'), options: DEPARTMENTS.map((d) => ({ value: d, label: d })) })}
${textField(ctx, form, { name: 'name', label: t('Naam', 'Name'), autocomplete: 'name' })}
<div class="pb-actions">${submitButton(t('Inloggen', 'Log in'))}</div>
</form>`,
    });
  }
}
