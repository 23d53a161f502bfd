import { alert, csrfField, errorSummary, FormState, radioGroup, selectField, submitButton, textField } from '../../web/components';
import { html, SafeHtml } from '../../web/html';
import { departmentOptions, options } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/**
 * What the development login form starts with: an official of a ministry of today's cabinet (a
 * former code such as EZK would make the form offer it beside its successor EZ).
 */
export const DEV_LOGIN_DEFAULTS = { role: 'official', department: 'EZ' } as const;

/**
 * The staff login page. With the development issuer: choose role, department and name. Otherwise:
 * the way to the organisation's identity provider (when one is configured), and a message after a
 * login that failed.
 */
export function renderLogin(ctx: PageContext, form: FormState, o: { oidcEnabled: boolean; failed?: boolean }): SafeHtml {
  const title = ctx.msg('auth:login.staffLogin');
  if (!ctx.devLogin) {
    return layout(ctx, {
      title,
      body: html`${heading1(title)}
${o.failed ? alert('error', html`<p class="utrecht-paragraph">${ctx.msg('auth:login.loggingInDidNotSucceedPlease')}</p>`, 'alert') : ''}
<p class="utrecht-paragraph">${ctx.msg('auth:login.staffLogInThroughTheOrganisation')}</p>
${o.oidcEnabled ? html`<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button utrecht-button--primary-action" href="/inloggen/oidc?next=${encodeURIComponent(form.values.next ?? '/')}">${ctx.msg('auth:login.logInThroughTheIdentityProvider')}</a></p>` : ''}`,
    });
  }
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${alert('warning', html`<p class="utrecht-paragraph">${ctx.msg('auth:login.thisIsTheDevelopmentEnvironmentChoose')}</p>`)}
${errorSummary(ctx, form)}
<form method="post" action="/inloggen" novalidate>
${csrfField(ctx)}<input type="hidden" name="next" value="${form.values.next ?? '/'}">
${radioGroup(ctx, form, {
  name: 'role',
  legend: ctx.msg('auth:login.role'),
  options: options(ctx, 'staffRole'),
})}
${selectField(ctx, form, { name: 'department', label: ctx.msg('auth:login.ministry'), hint: ctx.msg('auth:login.neededForOfficials'), options: departmentOptions(ctx, form.values.department) })}
${textField(ctx, form, { name: 'name', label: ctx.msg('auth:login.name'), autocomplete: 'name' })}
<div class="pb-actions">${submitButton(ctx.msg('auth:login.logIn'))}</div>
</form>`,
  });
}
