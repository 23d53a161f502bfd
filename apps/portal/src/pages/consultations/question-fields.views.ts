import type { ProposalView } from '../../clients/consultations.types';
import { fieldId, FormState } from '../../web/components';
import { html, HtmlValue, raw, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';
import { inItsLanguage, LocalisedQuestion } from './proposal-language.views';

type Question = NonNullable<ProposalView['questions']>[number];

/** The scale's values (libs/contracts SCALE_MIN … SCALE_MAX); the portal does not import contracts. */
const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * The form field a question's answer is posted under, by its kind: the name says which of the
 * API's answer fields it fills (`answer`, `choice`, `choices`, `value`), so mapping the post back
 * needs no second look at the proposal (web/forms.ts responseRequestBody).
 */
export function answerFieldName(q: Pick<Question, 'id' | 'kind'>): string {
  switch (q.kind) {
    case 'single-choice':
      return `choice.${q.id}`;
    case 'multiple-choice':
      return `choices.${q.id}`;
    case 'scale':
      return `value.${q.id}`;
    default:
      return `answers.${q.id}`;
  }
}

/**
 * One question of the response form as the control its kind asks for, all without JavaScript:
 * free text a textarea; single choice radio buttons and multiple choice checkboxes, each in a
 * fieldset whose legend is the question; a 1–5 scale as five radio buttons whose ends say what
 * 1 and 5 mean. Every answer is optional; a value posted is shown again after a validation error,
 * with the error at its fieldset (the error summary links to the first control). A question or
 * option shown in Dutch on an English page is marked `lang="nl"` (proposal-language.views.ts).
 */
export function questionField(ctx: PageContext, form: FormState, q: LocalisedQuestion): SafeHtml {
  const name = answerFieldName(q);
  const question = html`${inItsLanguage(q.text)} <span class="pb-optional">(${ctx.msg('layout:components.optional')})</span>`;
  switch (q.kind) {
    case 'single-choice':
      return choiceGroup(ctx, form, { type: 'radio', name, legend: question, options: (q.options ?? []).map((o) => ({ value: o.id, label: inItsLanguage(o.label) })) });
    case 'scale':
      return choiceGroup(ctx, form, {
        type: 'radio',
        name,
        legend: question,
        hint: ctx.msg('questions:scale.hint'),
        options: SCALE.map((v) => ({ value: String(v), label: v === 1 ? ctx.msg('questions:scale.low') : v === 5 ? ctx.msg('questions:scale.high') : String(v) })),
      });
    case 'multiple-choice':
      return choiceGroup(ctx, form, { type: 'checkbox', name, legend: question, hint: ctx.msg('questions:multiple.hint'), options: (q.options ?? []).map((o) => ({ value: o.id, label: inItsLanguage(o.label) })) });
    default:
      return textQuestion(ctx, form, name, question);
  }
}

function errorMessage(ctx: PageContext, id: string, error: string): SafeHtml {
  return html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${id}-error"><span class="pb-visually-hidden">${ctx.msg('layout:components.error')}: </span>${error}</div>`;
}

/** A free-text question: a labelled textarea (the label may hold a Dutch part, so not web/components' textArea, whose label is plain text). */
function textQuestion(ctx: PageContext, form: FormState, name: string, label: HtmlValue): SafeHtml {
  const id = fieldId(name);
  const error = form.errors[name];
  return html`<div class="utrecht-form-field utrecht-form-field--textarea${error ? ' utrecht-form-field--invalid' : ''}">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
  ${error ? errorMessage(ctx, id, error) : ''}
  <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}" id="${id}" name="${name}" rows="3"${raw(error ? ` aria-invalid="true" aria-describedby="${id}-error"` : '')}>${form.values[name] ?? ''}</textarea></div>
</div>`;
}

/**
 * Radio buttons or checkboxes in a fieldset with the question as legend, all named alike (the
 * browser posts every ticked checkbox; the form keeps them comma-joined — option ids are uuids).
 * The first control carries the field's id, so the error summary links to it.
 */
function choiceGroup(ctx: PageContext, form: FormState, o: { type: 'radio' | 'checkbox'; name: string; legend: HtmlValue; hint?: string; options: { value: string; label: HtmlValue }[] }): SafeHtml {
  const id = fieldId(o.name);
  const error = form.errors[o.name];
  const chosen = new Set((form.values[o.name] ?? '').split(',').filter(Boolean));
  const described = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const input = o.type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
  return html`<fieldset class="utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}"${raw(described ? ` aria-describedby="${described}"` : '')}>
  <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${o.legend}</legend>
  ${o.hint ? html`<div class="utrecht-form-field-description" id="${id}-hint">${o.hint}</div>` : ''}
  ${error ? errorMessage(ctx, id, error) : ''}
  ${o.options.map((opt, i) => {
    const optId = i === 0 ? id : `${id}-${opt.value}`;
    return html`<div class="utrecht-form-field utrecht-form-field--${o.type}">
    <div class="utrecht-form-field__input"><input type="${o.type}" class="${input}" id="${optId}" name="${o.name}" value="${opt.value}"${raw(chosen.has(opt.value) ? ' checked' : '')}${raw(error ? ' aria-invalid="true"' : '')}></div>
    <div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--${o.type}" for="${optId}">${opt.label}</label></div>
  </div>`;
  })}
</fieldset>`;
}
