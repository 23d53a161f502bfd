import type { ProposalView } from '../../clients/consultations.types';
import { alert, csrfField, errorSummary, FormState, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

type Unavailable = 'timeout' | 'down' | 'error';

/**
 * The form's values from a proposal's current English translation (empty when there is none).
 * Fields: title, summary, body, `question.<id>` per question and `option.<id>` per option (option
 * ids are unique over a proposal: uuids).
 */
export function translationFormValues(p: ProposalView): Record<string, string> {
  const t = p.translation;
  const values: Record<string, string> = { title: t?.title ?? '', summary: t?.summary ?? '', body: t?.body ?? '' };
  for (const q of t?.questions ?? []) {
    values[`question.${q.id}`] = q.text;
    for (const o of q.options ?? []) values[`option.${o.id}`] = o.label;
  }
  return values;
}

/**
 * A coordinator enters or corrects a proposal's English text (issue 11 item 7): each field beside
 * the Dutch it translates. For a published proposal this corrects the translation only — the Dutch
 * text, what respondents answered, stays as it is (no new text version).
 */
export function renderTranslationForm(ctx: PageContext, p: ProposalView, form: FormState, done?: boolean, unavailable?: Unavailable, general?: string): SafeHtml {
  const m = ctx.msg;
  const title = m('translations:form.title', { title: p.title });
  const labels: Record<string, string> = { title: m('translations:form.titleLabel'), summary: m('translations:form.summaryLabel'), body: m('translations:form.bodyLabel') };
  for (const [i, q] of (p.questions ?? []).entries()) {
    labels[`question.${q.id}`] = m('translations:form.question', { number: i + 1 });
    for (const o of q.options ?? []) labels[`option.${o.id}`] = m('translations:form.option', { number: i + 1, option: o.label });
  }
  const original = (text: string) => m('translations:form.dutch', { text });
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${m('proposal-text:changes.back')}</a></p>
${heading1(title)}
${done ? alert('ok', html`<p class="utrecht-paragraph">${m('translations:form.saved')}${p.status === 'draft' ? '' : html` <a class="utrecht-link" href="/consultaties/${p.id}?lang=en">${m('translations:form.view')}</a>`}</p>`) : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
<p class="utrecht-paragraph">${p.status === 'draft' ? m('translations:form.explainDraft') : m('translations:form.explainPublished')}</p>
<form method="post" action="/coordinatie/voorstellen/${p.id}/vertaling" novalidate>${csrfField(ctx)}
${textField(ctx, form, { name: 'title', label: labels.title, hint: original(p.title) })}
${textArea(ctx, form, { name: 'summary', label: labels.summary, hint: original(p.summary), rows: 3 })}
${textArea(ctx, form, { name: 'body', label: labels.body, hint: m('translations:form.bodyHint'), rows: 12 })}
${(p.questions ?? []).map(
  (q, i) => html`<fieldset class="utrecht-form-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${m('translations:form.question', { number: i + 1 })}</legend>
${textField(ctx, form, { name: `question.${q.id}`, label: labels[`question.${q.id}`], hint: original(q.text), optional: true })}
${(q.options ?? []).map((o) => textField(ctx, form, { name: `option.${o.id}`, label: labels[`option.${o.id}`], optional: true }))}
</fieldset>`,
)}
<div class="pb-actions">${submitButton(m('translations:form.submit'))}</div>
</form>`,
  });
}
