import type { FilledAnswerTemplate, ReportRouting } from '../../clients/desk-settings.types';
import { html, query, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import type { PageContext } from '../../web/page-context';
import { describeRuleMatch, describeRuleTarget } from '../../web/routing-rule-text';

/*
 * The official's report page, issue 10 items 2 and 3: which routing rule sent the report to its
 * department, and the standard answers to start a question or a resolution from. Picking one is a
 * plain link (GET) that reloads the page with the form filled in: no script needed, and nothing is
 * sent until the official has read and edited the text.
 */

/** "Routed by rule 2: BWB id BWBR0011468, article 5 → Infrastructuur en Waterstaat (group drones)". */
export function routingNote(ctx: PageContext, routing: ReportRouting | null | undefined): SafeHtml | '' {
  if (!routing) return '';
  return html`<p class="utrecht-paragraph" id="routing">${ctx.msg('routing:report.routedByRule', {
    position: routing.position,
    conditions: describeRuleMatch(ctx, routing.match),
    target: describeRuleTarget(ctx, routing),
  })}</p>`;
}

/** The templates for one form: `question` for the message form, the outcomes for the resolution. */
export function templatePicker(ctx: PageContext, reference: string, templates: FilledAnswerTemplate[] | undefined, form: 'question' | 'resolve', allowedOutcomes: string[] = []): SafeHtml | '' {
  const fitting = (templates ?? []).filter((t) => (form === 'question' ? t.purpose === 'question' : t.purpose !== 'question' && allowedOutcomes.includes(t.purpose)));
  if (!fitting.length) return '';
  const anchor = form === 'question' ? 'bericht' : 'afhandelen';
  return html`<div class="pb-templates"><p class="utrecht-paragraph">${ctx.msg('templates:report.useATemplate')}</p>
<ul class="utrecht-unordered-list">${fitting.map(
    (t) =>
      html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/behandelen/${reference}${query({ sjabloon: t.id })}#${anchor}">${t.title}</a>${form === 'resolve' ? html` (${label(ctx, 'outcome', t.purpose)})` : ''}</li>`,
  )}</ul>
<p class="utrecht-paragraph">${ctx.msg('templates:report.templateHint')}</p></div>`;
}

/** The form values a picked template fills in: the question's text, or the outcome and its explanation. */
export function templateValues(templates: FilledAnswerTemplate[] | undefined, id: unknown): Record<string, string> {
  const t = typeof id === 'string' ? (templates ?? []).find((x) => x.id === id) : undefined;
  if (!t) return {};
  return t.purpose === 'question' ? { body: t.text } : { outcome: t.purpose, explanation: t.text };
}
