import { dateFormat } from '@pb/i18n';
import { randomUUID } from 'node:crypto';
import { html, HtmlValue, SafeHtml } from './html';
import type { PageContext } from './page-context';

/** What a form shows again after an error: every value as typed, and one message per field. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/** `company.kvkNumber` → `f-company-kvkNumber`: ids the error summary links to. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export interface FieldOptions {
  name: string;
  /** When one page has the same field name several times (one form per item). */
  id?: string;
  label: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | 'url' | 'search';
  autocomplete?: string;
  inputmode?: string;
  width?: 'xs' | 'sm' | 'md';
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function fieldShell(ctx: PageContext, o: FieldOptions, form: FormState, kind: string, control: SafeHtml): SafeHtml {
  const id = o.id ?? fieldId(o.name);
  const error = form.errors[o.name];
  return html`<div class="utrecht-form-field utrecht-form-field--${kind}${error ? ' utrecht-form-field--invalid' : ''}">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${o.label}${o.optional ? html` <span class="pb-optional">(${ctx.msg('layout:components.optional')})</span>` : ''}</label></div>
  ${o.hint ? html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${id}-hint">${o.hint}</div>` : ''}
  ${error ? html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${id}-error"><span class="pb-visually-hidden">${ctx.msg('layout:components.error')}: </span>${error}</div>` : ''}
  <div class="utrecht-form-field__input">${control}</div>
</div>`;
}

export function textField(ctx: PageContext, form: FormState, o: FieldOptions): SafeHtml {
  const id = o.id ?? fieldId(o.name);
  const error = form.errors[o.name];
  const control = html`<input class="utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}${o.width ? ` pb-width-${o.width}` : ''}" id="${id}" name="${o.name}" type="${o.type ?? 'text'}" value="${form.values[o.name] ?? ''}"${raw(o.autocomplete ? ` autocomplete="${o.autocomplete}"` : '')}${raw(o.inputmode ? ` inputmode="${o.inputmode}"` : '')}${raw(error ? ' aria-invalid="true"' : '')}${describedByAttr(id, o.hint, error)}>`;
  return fieldShell(ctx, o, form, 'text', control);
}

export function textArea(ctx: PageContext, form: FormState, o: FieldOptions & { rows?: number }): SafeHtml {
  const id = fieldId(o.name);
  const error = form.errors[o.name];
  const control = html`<textarea class="utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}" id="${id}" name="${o.name}" rows="${o.rows ?? 5}"${raw(error ? ' aria-invalid="true"' : '')}${describedByAttr(id, o.hint, error)}>${form.values[o.name] ?? ''}</textarea>`;
  return fieldShell(ctx, o, form, 'textarea', control);
}

/** A file input (the form must be `enctype="multipart/form-data"`); a browser never refills one, so it has no value. */
export function fileField(ctx: PageContext, form: FormState, o: Omit<FieldOptions, 'type' | 'autocomplete'> & { accept: string; multiple?: boolean }): SafeHtml {
  const id = o.id ?? fieldId(o.name);
  const error = form.errors[o.name];
  const control = html`<input class="utrecht-textbox utrecht-textbox--html-input pb-file${error ? ' utrecht-textbox--invalid' : ''}" id="${id}" name="${o.name}" type="file" accept="${o.accept}"${raw(o.multiple ? ' multiple' : '')}${raw(error ? ' aria-invalid="true"' : '')}${describedByAttr(id, o.hint, error)}>`;
  return fieldShell(ctx, o, form, 'text', control);
}

export function selectField(ctx: PageContext, form: FormState, o: FieldOptions & { options: { value: string; label: string }[]; placeholder?: string }): SafeHtml {
  const id = fieldId(o.name);
  const error = form.errors[o.name];
  const current = form.values[o.name] ?? '';
  const control = html`<select class="utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}" id="${id}" name="${o.name}"${raw(error ? ' aria-invalid="true"' : '')}${describedByAttr(id, o.hint, error)}>
  ${o.placeholder !== undefined ? html`<option value="">${o.placeholder}</option>` : ''}
  ${o.options.map((opt) => html`<option value="${opt.value}"${raw(opt.value === current ? ' selected' : '')}>${opt.label}</option>`)}
</select>`;
  return fieldShell(ctx, o, form, 'select', control);
}

/** Radio buttons in a fieldset; the first button carries the field's id so the error summary can link to it. */
export function radioGroup(ctx: PageContext, form: FormState, o: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }): SafeHtml {
  const id = fieldId(o.name);
  const error = form.errors[o.name];
  const current = form.values[o.name] ?? '';
  return html`<fieldset class="utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}"${raw(error ? ` aria-describedby="${id}-error"` : '')}>
  <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${o.legend}</legend>
  ${o.hint ? html`<div class="utrecht-form-field-description">${o.hint}</div>` : ''}
  ${error ? html`<div class="utrecht-form-field-error-message" id="${id}-error"><span class="pb-visually-hidden">${ctx.msg('layout:components.error')}: </span>${error}</div>` : ''}
  ${o.options.map(
    (opt, i) => html`<div class="utrecht-form-field utrecht-form-field--radio">
    <div class="utrecht-form-field__input"><input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id="${i === 0 ? id : `${id}-${opt.value}`}" name="${o.name}" value="${opt.value}"${raw(opt.value === current ? ' checked' : '')}></div>
    <div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--radio" for="${i === 0 ? id : `${id}-${opt.value}`}">${opt.label}</label></div>
  </div>`,
  )}
</fieldset>`;
}

export function checkbox(ctx: PageContext, form: FormState, o: { name: string; label: string; hint?: string }): SafeHtml {
  const id = fieldId(o.name);
  const error = form.errors[o.name];
  return html`<div class="utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}">
  ${error ? html`<div class="utrecht-form-field-error-message" id="${id}-error"><span class="pb-visually-hidden">${ctx.msg('layout:components.error')}: </span>${error}</div>` : ''}
  <div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="${id}" name="${o.name}" value="true"${raw(form.values[o.name] === 'true' ? ' checked' : '')}${raw(error ? ' aria-invalid="true"' : '')}${describedByAttr(id, o.hint, error)}></div>
  <div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${id}">${o.label}</label></div>
  ${o.hint ? html`<div class="utrecht-form-field-description" id="${id}-hint">${o.hint}</div>` : ''}
</div>`;
}

function describedByAttr(id: string, hint: string | undefined, error: string | undefined): SafeHtml {
  const ids = describedBy(id, !!hint, !!error);
  return ids ? html` aria-describedby="${ids}"` : raw('');
}

function raw(s: string): SafeHtml {
  return new SafeHtml(s);
}

/**
 * GOV.UK / NL Design System error summary: one link per problem, to the field that has it. A label
 * may be HTML: a question shown in Dutch on an English page keeps its `lang="nl"` here too.
 */
export function errorSummary(ctx: PageContext, form: FormState, general?: string, labels: Record<string, HtmlValue> = {}): SafeHtml {
  const entries = Object.entries(form.errors);
  if (!entries.length && !general) return html``;
  return html`<div class="utrecht-alert utrecht-alert--error pb-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
  <div class="utrecht-alert__content"><div class="utrecht-alert__message">
  <h2 class="utrecht-heading-2" id="error-summary-title">${entries.length ? ctx.msg('layout:components.thereIsAProblemWithYour') : ctx.msg('layout:components.somethingWentWrong')}</h2>
  ${general ? html`<p class="utrecht-paragraph">${general}</p>` : ''}
  ${entries.length ? html`<ul class="utrecht-unordered-list">${entries.map(([field, message]) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${fieldId(field)}">${labels[field] ? html`${labels[field]}: ` : ''}${message}</a></li>`)}</ul>` : ''}
  </div></div>
</div>`;
}

export function alert(kind: 'info' | 'ok' | 'warning' | 'error', content: HtmlValue, role: 'status' | 'alert' = 'status'): SafeHtml {
  return html`<div class="utrecht-alert utrecht-alert--${kind}" role="${role}"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${content}</div></div></div>`;
}

/**
 * The hidden fields every state-changing form carries: the CSRF token, and an idempotency key that
 * the portal forwards as the `Idempotency-Key` header (ServiceClient), so a double click or a
 * resend makes one report, response or message. Each form gets a fresh key, except on a page
 * re-rendered after a failed post: that keeps the posted key (the service frees a key whose
 * request failed, and answers a repeat of one that did succeed — say after a timeout — with the
 * first answer).
 */
export function csrfField(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken}"><input type="hidden" name="${IDEMPOTENCY_FIELD}" value="${ctx.postedIdempotencyKey ?? randomUUID()}">`;
}

/**
 * The hidden fields of one of several forms on a page rendered after a post (the report form's
 * check step): a fresh idempotency key each, as a key may serve one request only.
 */
export function freshFormFields(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken}"><input type="hidden" name="${IDEMPOTENCY_FIELD}" value="${randomUUID()}">`;
}

/** Name of the hidden form field with the idempotency key. */
export const IDEMPOTENCY_FIELD = '_idempotency_key';
const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;

/** The idempotency key a posted form carried, if it is a well-formed one. */
export function postedIdempotencyKey(body: unknown): string | undefined {
  const key = (body as Record<string, unknown> | undefined)?.[IDEMPOTENCY_FIELD];
  return typeof key === 'string' && IDEMPOTENCY_KEY_PATTERN.test(key) ? key : undefined;
}

export function submitButton(label: string, kind: 'primary' | 'secondary' = 'primary', extra: { name?: string; value?: string } = {}): SafeHtml {
  return html`<button type="submit" class="utrecht-button utrecht-button--${kind}-action"${raw(extra.name ? ` name="${extra.name}" value="${extra.value ?? ''}"` : '')}>${label}</button>`;
}

export function dataList(rows: [string, HtmlValue][]): SafeHtml {
  return html`<dl class="utrecht-data-list utrecht-data-list--rows">${rows.map(([k, v]) => html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${k}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${v === undefined || v === null || v === '' ? '—' : v}</dd></div>`)}</dl>`;
}

export function table(caption: string, head: string[], rows: HtmlValue[][]): SafeHtml {
  return html`<div class="pb-table-scroll" role="region" aria-label="${caption}" tabindex="0"><table class="utrecht-table utrecht-table--html-table">
<caption class="utrecht-table__caption">${caption}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row">${head.map((h) => html`<th class="utrecht-table__header-cell" scope="col">${h}</th>`)}</tr></thead>
<tbody class="utrecht-table__body">${rows.map((r) => html`<tr class="utrecht-table__row">${r.map((c) => html`<td class="utrecht-table__cell">${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

export function formatDate(ctx: PageContext, iso: string | undefined | null, withTime = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return dateFormat(ctx.lang, withTime ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' } : { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(d);
}
