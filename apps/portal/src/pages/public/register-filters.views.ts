import { REGULATIONS } from '@pb/regulations';
import type { ThemeOption } from '../../clients/strategy-themes';
import { FormState, selectField, submitButton, textField } from '../../web/components';
import { html, SafeHtml } from '../../web/html';
import { options } from '../../web/labels';
import type { PageContext } from '../../web/page-context';

/** The register's filters as the page's URL names them (Dutch) and as the loket's API does. */
export const REGISTER_FILTERS = { q: 'q', regeling: 'bwbId', thema: 'theme', uitkomst: 'outcome', jaar: 'year' } as const;
export type RegisterFilterValues = Partial<Record<keyof typeof REGISTER_FILTERS, string>>;

/** The page's filter values from its query string: strings only, trimmed, empty ones left out. */
export function registerFilterValues(query: Record<string, unknown>): RegisterFilterValues {
  const out: RegisterFilterValues = {};
  for (const name of Object.keys(REGISTER_FILTERS) as (keyof typeof REGISTER_FILTERS)[]) {
    const v = query[name];
    if (typeof v === 'string' && v.trim()) out[name] = v.trim().slice(0, 200);
  }
  return out;
}

/** The same filters in the loket API's words. */
export function registerApiFilters(values: RegisterFilterValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [REGISTER_FILTERS[k as keyof typeof REGISTER_FILTERS], v]));
}

/** Search and filter the register (a GET form: the result is a link anyone can share). */
export function registerFilterForm(ctx: PageContext, form: FormState, themes: readonly ThemeOption[]): SafeHtml {
  const any = { value: '', label: ctx.msg('register-filters:any') };
  const year = new Date().getFullYear();
  return html`<form method="get" action="/register" class="utrecht-form pb-filters" role="search" aria-label="${ctx.msg('register-filters:label')}">
${textField(ctx, form, { name: 'q', label: ctx.msg('register-filters:text'), hint: ctx.msg('register-filters:text-hint'), type: 'search', width: 'md' })}
${selectField(ctx, form, { name: 'regeling', label: ctx.msg('register-filters:regulation'), options: [any, ...REGULATIONS.filter((l) => !l.repealed).map((l) => ({ value: l.id, label: l.abbreviations[0] ? `${l.abbreviations[0]} – ${l.title}` : l.title }))] })}
${selectField(ctx, form, { name: 'thema', label: ctx.msg('register-filters:theme'), options: [any, ...themes.map((t) => ({ value: t.code, label: `${t.code} ${t.title}` }))] })}
${selectField(ctx, form, { name: 'uitkomst', label: ctx.msg('register-filters:outcome'), options: [any, ...options(ctx, 'outcome')] })}
${selectField(ctx, form, { name: 'jaar', label: ctx.msg('register-filters:year'), options: [any, ...Array.from({ length: year - 2017 }, (_, i) => String(year - i)).map((y) => ({ value: y, label: y }))] })}
<div class="pb-actions">${submitButton(ctx.msg('register-filters:submit'))} <a class="utrecht-link" href="/register">${ctx.msg('register-filters:reset')}</a></div>
</form>`;
}
