import type { ProposalView } from '../../clients/consultations.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { isoToAmsterdamLocal } from '../../web/amsterdam-time';
import { alert, csrfField, errorSummary, FormState, formatDate, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { questionFieldNames } from '../../web/forms';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { PROPOSAL_CHANGES, renderProposalForm } from './coordination.views';

type Unavailable = 'timeout' | 'down' | 'error';

export const WITHDRAWAL_REASONS = ['policy-changed', 'superseded', 'error', 'other'] as const;

/** A draft's fields as the new-proposal form holds them (a row per question with its kind and options one per line, documents as "title | url", Dutch local times). */
export function draftFormValues(p: ProposalView): Record<string, string> {
  const questions = (p.questions ?? []).flatMap((q, i) => {
    const f = questionFieldNames(i);
    // A question stored before kinds existed is free text.
    return [
      [f.text, q.text],
      [f.kind, q.kind ?? 'text'],
      [f.options, (q.options ?? []).map((o) => o.label).join('\n')],
    ];
  });
  return {
    title: p.title,
    summary: p.summary,
    body: p.body ?? '',
    theme: p.theme,
    ...Object.fromEntries(questions),
    documents: (p.documents ?? []).map((d) => `${d.title} | ${d.url}`).join('\n'),
    opensAt: isoToAmsterdamLocal(p.opensAt),
    closesAt: isoToAmsterdamLocal(p.closesAt),
    moderation: p.moderation ?? 'post',
  };
}

/** A draft is edited with the same form it was created with. */
export function renderEditDraft(ctx: PageContext, p: ProposalView, form: FormState, themes: ThemeOption[], unavailable?: Unavailable, general?: string): SafeHtml {
  return renderProposalForm(ctx, form, themes, unavailable, general, { action: `/coordinatie/voorstellen/${p.id}/bewerken`, title: ctx.msg('proposal-text:changes.editDraft') });
}

export interface ProposalChangesData {
  p: ProposalView;
  /** One form state per change; only the one just posted carries values and errors. */
  forms: { text: FormState; closing: FormState; withdraw: FormState };
  done?: string;
  unavailable?: Unavailable;
  general?: string;
}

/** A published proposal's changes: correct the text, extend the closing time, withdraw — each its own form. */
export function renderProposalChanges(ctx: PageContext, { p, forms, done, unavailable, general }: ProposalChangesData): SafeHtml {
  const m = ctx.msg;
  const allowed = PROPOSAL_CHANGES[p.status] ?? [];
  const title = m('proposal-text:changes.title', { title: p.title });
  const labels = { body: m('proposal-text:changes.text.label'), closesAt: m('proposal-text:changes.closing.label'), reason: m('proposal-text:changes.withdraw.reason'), explanation: m('proposal-text:changes.withdraw.explanation') };
  const merged: FormState = { values: {}, errors: { ...forms.text.errors, ...forms.closing.errors, ...forms.withdraw.errors } };
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${m('proposal-text:changes.back')}</a></p>
${heading1(title)}
${done ? alert('ok', html`<p class="utrecht-paragraph">${m(`proposal-text:changes.done.${done}`)}</p>`) : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, merged, general, labels)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/consultaties/${p.id}">${m('proposal-text:changes.publicPage')}</a> · ${m('proposal-text:changes.current', { version: p.textVersion ?? 1, closesAt: formatDate(ctx, p.closesAt, true) })}</p>
${allowed.length ? '' : html`<p class="utrecht-paragraph">${m('proposal-text:changes.none')}</p>`}
${
  allowed.includes('text')
    ? html`<section class="pb-section" aria-labelledby="tekst"><h2 class="utrecht-heading-2" id="tekst">${m('proposal-text:changes.text.heading')}</h2>
<p class="utrecht-paragraph">${m('proposal-text:changes.text.explain')}</p>
<form method="post" action="/coordinatie/voorstellen/${p.id}/tekst" novalidate>${csrfField(ctx)}
${textArea(ctx, forms.text, { name: 'body', label: labels.body, hint: m('proposal-text:changes.text.hint'), rows: 12 })}
<div class="pb-actions">${submitButton(m('proposal-text:changes.text.submit'))}</div></form></section>`
    : ''
}
${
  allowed.includes('closing')
    ? html`<section class="pb-section" aria-labelledby="sluiting"><h2 class="utrecht-heading-2" id="sluiting">${m('proposal-text:changes.closing.heading')}</h2>
<form method="post" action="/coordinatie/voorstellen/${p.id}/sluiting" novalidate>${csrfField(ctx)}
${textField(ctx, forms.closing, { name: 'closesAt', label: labels.closesAt, type: 'datetime-local', hint: m('proposal-text:changes.closing.hint'), width: 'md' })}
<div class="pb-actions">${submitButton(m('proposal-text:changes.closing.submit'), 'secondary')}</div></form></section>`
    : ''
}
${
  allowed.includes('withdraw')
    ? html`<section class="pb-section" aria-labelledby="intrekken"><h2 class="utrecht-heading-2" id="intrekken">${m('proposal-text:changes.withdraw.heading')}</h2>
<form method="post" action="/coordinatie/voorstellen/${p.id}/intrekken" novalidate>${csrfField(ctx)}
${selectField(ctx, forms.withdraw, { name: 'reason', label: labels.reason, placeholder: m('proposal-text:changes.withdraw.choose'), options: WITHDRAWAL_REASONS.map((r) => ({ value: r, label: m(`proposal-text:withdrawn.reason.${r}`) })) })}
${textArea(ctx, forms.withdraw, { name: 'explanation', label: labels.explanation, hint: m('proposal-text:changes.withdraw.hint'), rows: 4 })}
<div class="pb-actions">${submitButton(m('proposal-text:changes.withdraw.submit'), 'secondary')}</div></form></section>`
    : ''
}`,
  });
}
