import { alert, csrfField, errorSummary, FormState, radioGroup, selectField, submitButton, textField } from '../../web/components';
import { html, SafeHtml } from '../../web/html';
import { DEPARTMENTS, options, STAFF_ROLE_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/**
 * The staff login page. With the development issuer: choose role, department and name. Otherwise:
 * the way to the organisation's identity provider (when one is configured), and a message after a
 * login that failed.
 */
export function renderLogin(ctx: PageContext, form: FormState, o: { oidcEnabled: boolean; failed?: boolean }): SafeHtml {
  const t = ctx.t;
  const title = t('Inloggen voor medewerkers', 'Staff login');
  if (!ctx.devLogin) {
    return layout(ctx, {
      title,
      body: html`${heading1(title)}
${o.failed ? alert('error', html`<p class="utrecht-paragraph">${t('Inloggen is niet gelukt. Probeer het opnieuw.', 'Logging in did not succeed. Please try again.')}</p>`, 'alert') : ''}
<p class="utrecht-paragraph">${t('Medewerkers loggen in via het identiteitsplatform van de organisatie.', 'Staff log in through the organisation’s identity provider.')}</p>
${o.oidcEnabled ? html`<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button utrecht-button--primary-action" href="/inloggen/oidc?next=${encodeURIComponent(form.values.next ?? '/')}">${t('Inloggen via het identiteitsplatform', 'Log in through the identity provider')}</a></p>` : ''}`,
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
  options: options(STAFF_ROLE_LABELS, ctx.lang),
})}
${selectField(ctx, form, { name: 'department', label: t('Ministerie', 'Ministry'), hint: t('Nodig voor behandelaars.', 'Needed for officials.'), options: DEPARTMENTS.map((d) => ({ value: d, label: d })) })}
${textField(ctx, form, { name: 'name', label: t('Naam', 'Name'), autocomplete: 'name' })}
<div class="pb-actions">${submitButton(t('Inloggen', 'Log in'))}</div>
</form>`,
  });
}
