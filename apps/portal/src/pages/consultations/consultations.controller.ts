import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { fieldErrorsOf } from '../../web/forms';
import { StrategyThemes } from '../../clients/strategy-themes';
import { alert, csrfField, emptyForm, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { renderNotFound, unavailableMessage } from '../../web/error-pages';
import { html, query, raw, SafeHtml } from '../../web/html';
import { FLAG_REASON_LABELS, label, options, PROPOSAL_STATUS_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor, pager } from '../../web/pager';
import type { ProposalView, PublicResponse } from '../../clients/consultations.types';

const ID = /^[0-9a-f-]{36}$/i;
const PUBLIC_STATUSES = ['open', 'scheduled', 'closed', 'answered'];

/** Journeys 5 and 6 for citizens: browse consultations by theme, read, respond, support, flag. */
@Controller()
export class ConsultationsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Get('consultaties')
  async list(@Page() ctx: PageContext, @Query('status') status: string | undefined, @Query('thema') theme: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const wanted = typeof status === 'string' && PUBLIC_STATUSES.includes(status) ? status : 'open';
    const themeCode = typeof theme === 'string' && /^\d+(\.\d+){1,2}$/.test(theme) ? theme : undefined;
    const cursor = pageCursor(from);
    const [result, themes] = await Promise.all([
      this.services.call<{ items: ProposalView[]; next: string | null }>('proposals', `/api/proposals${query({ status: wanted, theme: themeCode, cursor })}`, { lang: ctx.lang }),
      this.themes.list(ctx.lang),
    ]);
    const title = t('Consultaties', 'Consultations');
    const form = emptyForm({ status: wanted, thema: themeCode ?? '' });
    const filters = html`<form method="get" action="/consultaties" class="pb-section" aria-label="${t('Filters', 'Filters')}"><div class="pb-filters">
${selectField(ctx, form, { name: 'status', label: t('Status', 'Status'), options: PUBLIC_STATUSES.map((s) => ({ value: s, label: label(PROPOSAL_STATUS_LABELS, s, ctx.lang) })) })}
${selectField(ctx, form, { name: 'thema', label: t('Thema', 'Theme'), placeholder: t('Alle thema’s', 'All themes'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })}
</div><div class="pb-actions">${submitButton(t('Tonen', 'Show'), 'secondary')}</div></form>`;
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, `/consultaties${query({ status: wanted, thema: themeCode })}`);
    if (!result.ok) {
      res.status(503).type('html').send(layout(ctx, { title, section: 'consultations', body: html`${heading1(title)}${unavailableMessage(ctx, result.unavailable ?? 'error')}` }).value);
      return;
    }
    const themeTitle = new Map(themes.map((th) => [th.code, th.title]));
    const items = result.data.items ?? [];
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'consultations',
        body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Reageer op voorstellen voor de Digitaliseringsstrategie zolang de consultatie open is.', 'Respond to proposals for the Digitalisation Strategy while the consultation is open.')}</p>
${filters}
${
  items.length
    ? html`<ul class="pb-cards">${items.map(
        (p) => html`<li class="pb-card"><h2 class="utrecht-heading-3"><a class="utrecht-link" href="/consultaties/${p.id}">${p.title}</a></h2>
<p class="utrecht-paragraph">${p.summary}</p>
<p class="utrecht-paragraph">${t('Thema', 'Theme')}: ${p.theme} ${themeTitle.get(p.theme) ?? ''}<br>${label(PROPOSAL_STATUS_LABELS, p.status, ctx.lang)} · ${t('sluit', 'closes')} ${formatDate(ctx, p.closesAt)} · ${p.responseCount ?? 0} ${t('reacties', 'responses')}</p></li>`,
      )}</ul>`
    : html`<p class="utrecht-paragraph">${t('Er zijn geen consultaties met deze status.', 'There are no consultations with this status.')}</p>`
}
${pager(ctx, '/consultaties', { status: wanted, thema: themeCode }, result.data.next, cursor)}`,
      }).value,
    );
  }

  @Get('consultaties/:id')
  async detail(@Page() ctx: PageContext, @Param('id') id: string, @Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const replyTo = typeof q['reageer-op'] === 'string' && ID.test(q['reageer-op']) ? q['reageer-op'] : '';
    const notice = (['verstuurd', 'steun', 'gemeld', 'bevestigd'] as const).find((k) => q[k] !== undefined);
    await this.renderDetail(ctx, res, id, emptyForm({ parentId: replyTo, public: 'true', onBehalf: 'individual' }), notice, undefined, pageCursor(q.vanaf));
  }

  @Post('consultaties/:id/reacties')
  async respond(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(body ?? {})) if (typeof v === 'string' && k !== '_csrf') values[k] = v;
    const answerKeys = Object.keys(values).filter((k) => k.startsWith('answers.') && values[k].trim());
    const questionIds = answerKeys.map((k) => k.slice('answers.'.length));
    const onBehalf = values.onBehalf === 'organisation';
    const request = {
      body: (values.body ?? '').trim(),
      answers: questionIds.map((qid) => ({ questionId: qid, answer: values[`answers.${qid}`].trim() })),
      author: { name: (values['author.name'] ?? '').trim(), email: (values['author.email'] ?? '').trim() },
      onBehalfOf: onBehalf ? (values.onBehalfOf ?? '').trim() : null,
      public: values.public !== 'false',
      parentId: values.parentId && ID.test(values.parentId) ? values.parentId : null,
    };
    const result = await this.services.call<{ id: string; status: string }>('comments', `/api/proposals/${id}/comments`, { method: 'POST', body: request, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/consultaties/${id}?verstuurd=1#reageren`);
      return;
    }
    const errors: Record<string, string> = {};
    for (const [field, message] of Object.entries(fieldErrorsOf(result.problem))) {
      const m = /^answers\.(\d+)\.answer$/.exec(field);
      errors[m ? `answers.${questionIds[Number(m[1])]}` : field] = message;
    }
    const general = result.status === 400 && Object.keys(errors).length ? undefined : result.unavailable ? undefined : (result.problem?.detail ?? ctx.t('Uw reactie kon niet worden verstuurd.', 'Your response could not be sent.'));
    await this.renderDetail(ctx, res, id, { values, errors }, undefined, { status: result.status, general, unavailable: result.unavailable });
  }

  @Post('reacties/:id/steun')
  async support(@Page() ctx: PageContext, @Param('id') responseId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const proposalId = typeof body.proposalId === 'string' && ID.test(body.proposalId) ? body.proposalId : '';
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    if (!ID.test(responseId) || !proposalId) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const result = await this.services.call('comments', `/api/comments/${responseId}/support`, { method: 'POST', body: { email }, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/consultaties/${proposalId}?steun=1#reactie-${responseId}`);
      return;
    }
    const errors = fieldErrorsOf(result.problem);
    await this.renderDetail(ctx, res, proposalId, { values: { [`support.${responseId}`]: email }, errors: errors.email ? { [`support.${responseId}`]: errors.email } : {} }, undefined, {
      status: result.status,
      general: errors.email || result.unavailable ? undefined : (result.problem?.detail ?? ctx.t('Uw steun kon niet worden verwerkt.', 'Your support could not be processed.')),
      unavailable: result.unavailable,
    });
  }

  @Post('reacties/:id/melden')
  async flag(@Page() ctx: PageContext, @Param('id') responseId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const proposalId = typeof body.proposalId === 'string' && ID.test(body.proposalId) ? body.proposalId : '';
    if (!ID.test(responseId) || !proposalId) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    // The select is named per response (`flag.<id>`) so the error summary can point at the right one.
    const chosen = body[`flag.${responseId}`] ?? body.reason;
    const reason = typeof chosen === 'string' ? chosen : '';
    const explanation = typeof body.explanation === 'string' && body.explanation.trim() ? body.explanation.trim() : undefined;
    const result = await this.services.call('comments', `/api/comments/${responseId}/flags`, { method: 'POST', body: { reason, ...(explanation ? { explanation } : {}) }, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/consultaties/${proposalId}?gemeld=1#reactie-${responseId}`);
      return;
    }
    const errors = fieldErrorsOf(result.problem);
    await this.renderDetail(ctx, res, proposalId, { values: { [`flag.${responseId}`]: reason }, errors: errors.reason ? { [`flag.${responseId}`]: ctx.t('Kies waarom u deze reactie meldt.', 'Choose why you flag this response.') } : {} }, undefined, {
      status: result.status,
      general: errors.reason || result.unavailable ? undefined : (result.problem?.detail ?? ctx.t('Uw melding kon niet worden verwerkt.', 'Your flag could not be processed.')),
      unavailable: result.unavailable,
    });
  }

  /** The link in the verification mail: a page with a button, so a mail scanner's GET confirms nothing. */
  @Get('reacties/bevestigen')
  confirmPage(@Page() ctx: PageContext, @Query('token') token: string | undefined, @Res() res: Response): void {
    const t = ctx.t;
    const title = t('E-mailadres bevestigen', 'Confirm your e-mail address');
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'consultations',
        body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Bevestig dat u dit e-mailadres gebruikt. Pas dan telt uw reactie of steun mee.', 'Confirm that you use this e-mail address. Only then does your response or support count.')}</p>
<form method="post" action="/reacties/bevestigen">${csrfField(ctx)}<input type="hidden" name="token" value="${typeof token === 'string' ? token : ''}">
<div class="pb-actions">${submitButton(t('Bevestigen', 'Confirm'))}</div></form>`,
      }).value,
    );
  }

  @Post('reacties/bevestigen')
  async confirm(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const token = typeof body.token === 'string' ? body.token : '';
    const result = await this.services.call<{ proposalId: string; responseId: string; status: string; kind: string }>('comments', '/api/comments/verifications', { method: 'POST', body: { token }, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/consultaties/${result.data.proposalId}?bevestigd=${encodeURIComponent(result.data.status)}`);
      return;
    }
    const title = ctx.t('E-mailadres bevestigen', 'Confirm your e-mail address');
    // Only the holder of the mailbox gets here (the link came by mail), so saying why is safe.
    const alreadyResponded = result.problem?.code === 'COMMENTS.ALREADY_RESPONDED' ? result.problem.detail : undefined;
    res
      .status(result.unavailable ? 503 : alreadyResponded ? 409 : 400)
      .type('html')
      .send(
        layout(ctx, {
          title,
          body: html`${heading1(title)}${result.unavailable ? unavailableMessage(ctx, result.unavailable) : alert('error', html`<p class="utrecht-paragraph">${alreadyResponded ?? ctx.t('Deze bevestigingslink is ongeldig of verlopen.', 'This confirmation link is invalid or has expired.')}</p>`, 'alert')}`,
        }).value,
      );
  }

  private async renderDetail(
    ctx: PageContext,
    res: Response,
    id: string,
    form: FormState,
    notice?: 'verstuurd' | 'steun' | 'gemeld' | 'bevestigd',
    failure?: { status: number; general?: string; unavailable?: 'timeout' | 'down' | 'error' },
    /** Which page of responses (the API's cursor); the first when absent. */
    cursor?: string,
  ): Promise<void> {
    if (!ID.test(id)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const [proposal, responses] = await Promise.all([
      this.services.call<ProposalView>('proposals', `/api/proposals/${id}`, { lang: ctx.lang }),
      this.services.call<{ items: PublicResponse[]; total: number; next: string | null }>('comments', `/api/proposals/${id}/comments${query({ cursor })}`, { lang: ctx.lang }),
    ]);
    if (!proposal.ok) {
      if (proposal.status === 404 || proposal.status === 400) {
        res.status(404).type('html').send(renderNotFound(ctx).value);
        return;
      }
      const title = ctx.t('Consultatie', 'Consultation');
      res.status(503).type('html').send(layout(ctx, { title, section: 'consultations', body: html`${heading1(title)}${unavailableMessage(ctx, proposal.unavailable ?? 'error')}` }).value);
      return;
    }
    const status = failure ? (failure.unavailable || failure.status >= 500 ? 503 : failure.status) : 200;
    const page = responses.ok ? { items: responses.data.items ?? [], next: responses.data.next, cursor } : null;
    res.status(status).type('html').send(renderProposal(ctx, proposal.data, page, form, notice, failure).value);
  }
}

function responseBlock(ctx: PageContext, p: ProposalView, r: PublicResponse, form: FormState, open: boolean, depth: number): SafeHtml {
  const t = ctx.t;
  return html`<article class="pb-message" id="reactie-${r.id}" aria-labelledby="reactie-${r.id}-kop">
<h3 class="utrecht-heading-3" id="reactie-${r.id}-kop">${r.onBehalfOf ? `${t('Namens', 'On behalf of')} ${r.onBehalfOf}` : t('Reactie van een burger', 'Response from a citizen')} — ${formatDate(ctx, r.publishedAt)}</h3>
<p class="utrecht-paragraph pb-response-body">${r.body}</p>
${r.answers.map((a) => html`<p class="utrecht-paragraph"><strong>${a.question}</strong><br>${a.answer}</p>`)}
<p class="utrecht-paragraph"><span data-support-count="${r.id}">${r.supportCount}</span> ${t('keer gesteund', 'supports')}${open && depth === 0 ? html` · <a class="utrecht-link" href="/consultaties/${p.id}?reageer-op=${r.id}#reageren">${t('Reageer hierop', 'Reply to this')}</a>` : ''}</p>
${
  open
    ? html`<details><summary>${t('Steunen of melden', 'Support or flag')}</summary>
<form method="post" action="/reacties/${r.id}/steun" novalidate>${csrfField(ctx)}<input type="hidden" name="proposalId" value="${p.id}">
${textField(ctx, { values: { email: form.values[`support.${r.id}`] ?? '' }, errors: form.errors[`support.${r.id}`] ? { email: form.errors[`support.${r.id}`] } : {} }, { name: 'email', id: fieldId(`support.${r.id}`), label: t('Uw e-mailadres (om uw steun te bevestigen)', 'Your e-mail address (to confirm your support)'), type: 'email', autocomplete: 'email' })}
<div class="pb-actions">${submitButton(t('Steunen', 'Support'), 'secondary')}</div></form>
<form method="post" action="/reacties/${r.id}/melden" novalidate>${csrfField(ctx)}<input type="hidden" name="proposalId" value="${p.id}">
${selectField(ctx, { values: { [`flag.${r.id}`]: form.values[`flag.${r.id}`] ?? '' }, errors: form.errors }, { name: `flag.${r.id}`, label: t('Waarom meldt u deze reactie?', 'Why do you flag this response?'), placeholder: t('Kies een reden', 'Choose a reason'), options: options(FLAG_REASON_LABELS, ctx.lang) })}
<div class="pb-actions">${submitButton(t('Melden bij de moderator', 'Flag to the moderator'), 'secondary')}</div></form>
</details>`
    : ''
}
${r.replies.map((reply) => responseBlock(ctx, p, reply, form, open, depth + 1))}
</article>`;
}

function renderProposal(
  ctx: PageContext,
  p: ProposalView,
  page: { items: PublicResponse[]; next: string | null; cursor?: string } | null,
  form: FormState,
  notice?: 'verstuurd' | 'steun' | 'gemeld' | 'bevestigd',
  failure?: { status: number; general?: string; unavailable?: 'timeout' | 'down' | 'error' },
): SafeHtml {
  const t = ctx.t;
  const open = p.status === 'open';
  const notices = {
    verstuurd: t('Bedankt. Bevestig uw reactie via de link in de e-mail die wij u stuurden; pas dan telt zij mee.', 'Thank you. Confirm your response through the link in the e-mail we sent you; only then does it count.'),
    steun: t('Bevestig uw steun via de link in de e-mail die wij u stuurden.', 'Confirm your support through the link in the e-mail we sent you.'),
    gemeld: t('Bedankt. Een moderator bekijkt de reactie.', 'Thank you. A moderator will look at the response.'),
    bevestigd: t('Uw e-mailadres is bevestigd. Dank voor uw bijdrage.', 'Your e-mail address has been confirmed. Thank you for your contribution.'),
  };
  const labels = { body: t('Reactie', 'Response'), 'author.name': t('Naam', 'Name'), 'author.email': t('E-mailadres', 'E-mail address'), onBehalfOf: t('Organisatie', 'Organisation') };
  return layout(ctx, {
    title: p.title,
    section: 'consultations',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/consultaties">${t('Alle consultaties', 'All consultations')}</a></p>
${heading1(p.title)}
${notice ? alert('ok', html`<p class="utrecht-paragraph">${notices[notice]}</p>`) : ''}
${failure?.unavailable ? unavailableMessage(ctx, failure.unavailable) : ''}
${errorSummary(ctx, form, failure?.general, labels)}
<p class="utrecht-paragraph"><strong>${p.summary}</strong></p>
<p class="utrecht-paragraph"><span class="pb-status" id="proposal-status">${label(PROPOSAL_STATUS_LABELS, p.status, ctx.lang)}</span> ${t('Thema', 'Theme')} ${p.theme} · ${t('open van', 'open from')} ${formatDate(ctx, p.opensAt, true)} ${t('tot', 'until')} ${formatDate(ctx, p.closesAt, true)} · ${p.responseCount ?? 0} ${t('reacties', 'responses')}</p>
<div class="utrecht-rich-text pb-section">${raw(p.bodyHtml ?? '')}</div>
${p.documents?.length ? html`<h2 class="utrecht-heading-2">${t('Documenten', 'Documents')}</h2><ul class="utrecht-unordered-list">${p.documents.map((d) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${/^https?:\/\//.test(d.url) ? d.url : '#'}">${d.title}</a></li>`)}</ul>` : ''}
${
  p.report
    ? html`<section class="pb-section" aria-labelledby="verslag"><h2 class="utrecht-heading-2" id="verslag">${t('Consultatieverslag', 'Consultation report')}</h2>
<div class="utrecht-rich-text">${raw(p.report.summaryHtml ?? '')}</div>
${p.report.answers.map((a) => html`<h3 class="utrecht-heading-3">${a.topic}</h3><div class="utrecht-rich-text">${raw(a.answerHtml ?? '')}</div>${a.responseIds?.length ? html`<p class="utrecht-paragraph">${t('Beantwoordt', 'Answers')}: ${a.responseIds.map((rid, i) => html`${i ? ', ' : ''}<a class="utrecht-link" href="#reactie-${rid}">${t('reactie', 'response')} ${i + 1}</a>`)}</p>` : ''}`)}
</section>`
    : ''
}
<section class="pb-section" aria-labelledby="reacties"><h2 class="utrecht-heading-2" id="reacties">${t('Openbare reacties', 'Public responses')}</h2>
${page === null ? unavailableMessage(ctx, 'error') : page.items.length ? page.items.map((r) => responseBlock(ctx, p, r, form, open, 0)) : html`<p class="utrecht-paragraph">${t('Nog geen openbare reacties.', 'No public responses yet.')}</p>`}
${page ? pager(ctx, `/consultaties/${p.id}`, {}, page.next, page.cursor) : ''}
</section>
${
  open
    ? html`<section class="pb-section" aria-labelledby="reageren"><h2 class="utrecht-heading-2" id="reageren" tabindex="-1">${form.values.parentId ? t('Reageer op een reactie', 'Reply to a response') : t('Uw reactie', 'Your response')}</h2>
<form method="post" action="/consultaties/${p.id}/reacties" novalidate>
${csrfField(ctx)}<input type="hidden" name="parentId" value="${form.values.parentId ?? ''}">
${textArea(ctx, form, { name: 'body', label: t('Reactie', 'Response'), rows: 6 })}
${(form.values.parentId ? [] : (p.questions ?? [])).map((q) => textArea(ctx, form, { name: `answers.${q.id}`, label: q.text, optional: true, rows: 3 }))}
${textField(ctx, form, { name: 'author.name', label: t('Naam', 'Name'), autocomplete: 'name', hint: t('Wordt niet gepubliceerd.', 'Is not published.') })}
${textField(ctx, form, { name: 'author.email', label: t('E-mailadres', 'E-mail address'), type: 'email', autocomplete: 'email', hint: t('Wij sturen u een link om uw reactie te bevestigen. Wordt niet gepubliceerd.', 'We send you a link to confirm your response. Is not published.') })}
${radioGroup(ctx, form, { name: 'onBehalf', legend: t('U reageert', 'You respond'), options: [{ value: 'individual', label: t('Als persoon', 'As an individual') }, { value: 'organisation', label: t('Namens een organisatie', 'On behalf of an organisation') }] })}
${textField(ctx, form, { name: 'onBehalfOf', label: t('Naam van de organisatie', 'Name of the organisation'), optional: true, autocomplete: 'organization' })}
${radioGroup(ctx, form, { name: 'public', legend: t('Mag uw reactie openbaar worden?', 'May your response be made public?'), options: [{ value: 'true', label: t('Ja, openbaar (zonder naam en e-mailadres)', 'Yes, public (without name and e-mail address)') }, { value: 'false', label: t('Nee, alleen voor de overheid', 'No, only for the government') }] })}
<div class="pb-actions">${submitButton(t('Reactie versturen', 'Send response'))}</div>
</form></section>`
    : html`<p class="utrecht-paragraph">${p.status === 'scheduled' ? t('Deze consultatie is nog niet open.', 'This consultation is not open yet.') : t('Deze consultatie is gesloten; reageren kan niet meer.', 'This consultation is closed; responding is no longer possible.')}</p>`
}`,
  });
}
