import type { Suggestion, SuggestedCode } from '../../clients/suggestion.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { csrfField, submitButton } from '../../web/components';
import { html, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import type { PageContext } from '../../web/page-context';

const percent = (ctx: PageContext, p: number): string => new Intl.NumberFormat(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(p);

function suggested(ctx: PageContext, kind: 'theme' | 'department', s: SuggestedCode, themes: readonly ThemeOption[]): SafeHtml {
  const name = kind === 'theme' ? `${s.code} ${themes.find((t) => t.code === s.code)?.title ?? ''}`.trim() : s.code;
  const reasons = s.reasons.map((r) => {
    if (r.kind === 'regulation') return ctx.msg('suggestion:reason-regulation', { text: r.text });
    if (r.kind === 'technology') return ctx.msg('suggestion:reason-technology', { text: label(ctx, 'technology', r.text) });
    if (r.kind === 'sector') return ctx.msg('suggestion:reason-sector', { text: label(ctx, 'sector', r.text) });
    return `“${r.text}”`;
  });
  return html`<li class="utrecht-unordered-list__item"><strong>${ctx.msg(`suggestion:code.${kind}`)}: ${name}</strong> (${ctx.msg('suggestion:confidence', { percent: percent(ctx, s.confidence) })})${reasons.length ? html`<br>${ctx.msg('suggestion:because', { reasons: reasons.join(', ') })}` : ''}</li>`;
}

/**
 * What the loket suggests for a new report, beside the triage form: the theme and the ministry
 * with how sure it is and why, and one button that triages with both (normal priority). The
 * official may also pick something else in the form below; the loket keeps what they chose.
 */
export function suggestionPanel(ctx: PageContext, reference: string, s: Suggestion | undefined | null, themes: readonly ThemeOption[]): SafeHtml {
  if (!s || (!s.theme && !s.department)) return html``;
  return html`<section class="pb-card pb-suggestion" aria-labelledby="suggestion-heading">
<h3 class="utrecht-heading-3" id="suggestion-heading">${ctx.msg('suggestion:heading')}</h3>
<ul class="utrecht-unordered-list">${s.theme ? suggested(ctx, 'theme', s.theme, themes) : ''}${s.department ? suggested(ctx, 'department', s.department, themes) : ''}</ul>
<p class="utrecht-paragraph pb-hint">${ctx.msg('suggestion:trained-on', { count: s.trainedOn })}</p>
${
  s.theme && s.department
    ? html`<form method="post" action="/behandelen/${reference}/beoordelen">
${csrfField(ctx)}
<input type="hidden" name="theme" value="${s.theme.code}">
<input type="hidden" name="department" value="${s.department.code}">
<input type="hidden" name="priority" value="normal">
<div class="pb-actions">${submitButton(ctx.msg('suggestion:accept'), 'secondary')}</div>
</form>`
    : ''
}
</section>`;
}
