import type { ProposalView } from '../../clients/consultations.types';
import { fieldId, FormState, radioGroup, textArea } from '../../web/components';
import { html, raw, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';

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
 * with the error at its fieldset (the error summary links to the first control).
 */
export function questionField(ctx: PageContext, form: FormState, q: Question): SafeHtml {
  const name = answerFieldName(q);
  const legend = `${q.text} (${ctx.msg('layout:components.optional')})`;
  switch (q.kind) {
    case 'single-choice':
      return radioGroup(ctx, form, { name, legend, options: (q.options ?? []).map((o) => ({ value: o.id, label: o.label })) });
    case 'scale':
      return radioGroup(ctx, form, {
        name,
        legend,
        hint: ctx.msg('questions:scale.hint'),
        options: SCALE.map((v) => ({ value: String(v), label: v === 1 ? ctx.msg('questions:scale.low') : v === 5 ? ctx.msg('questions:scale.high') : String(v) })),
      });
    case 'multiple-choice':
      return checkboxGroup(ctx, form, { name, legend, hint: ctx.msg('questions:multiple.hint'), options: q.options ?? [] });
    default:
      return textArea(ctx, form, { name, label: q.text, optional: true, rows: 3 });
  }
}

/** Checkboxes in a fieldset, all named alike (the browser posts every ticked one); the form keeps them comma-joined (option ids are uuids). */
function checkboxGroup(ctx: PageContext, form: FormState, o: { name: string; legend: string; hint: string; options: { id: string; label: string }[] }): SafeHtml {
  const id = fieldId(o.name);
  const error = form.errors[o.name];
  const ticked = new Set((form.values[o.name] ?? '').split(',').filter(Boolean));
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset class="utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}" aria-describedby="${described}">
  <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${o.legend}</legend>
  <div class="utrecht-form-field-description" id="${id}-hint">${o.hint}</div>
  ${error ? html`<div class="utrecht-form-field-error-message" id="${id}-error"><span class="pb-visually-hidden">${ctx.msg('layout:components.error')}: </span>${error}</div>` : ''}
  ${o.options.map((opt, i) => {
    const optId = i === 0 ? id : `${id}-${opt.id}`;
    return html`<div class="utrecht-form-field utrecht-form-field--checkbox">
    <div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="${optId}" name="${o.name}" value="${opt.id}"${raw(ticked.has(opt.id) ? ' checked' : '')}${raw(error ? ' aria-invalid="true"' : '')}></div>
    <div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${optId}">${opt.label}</label></div>
  </div>`;
  })}
</fieldset>`;
}
