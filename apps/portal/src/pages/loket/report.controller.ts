import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { fieldErrorsOf, ServiceClient } from '../../clients/service-client';
import { alert, csrfField, dataList, emptyForm, errorSummary, formatDate, FormState, submitButton, textArea } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { label, OUTCOME_LABELS, REPORTER_STATUS_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { ReportView, resolutionOf } from './loket-views';
import { lostLinkHref, renderTrackingLinkInvalid } from './tracking-link.controller';
import { friendlierReportErrors, pickFormValues, renderReportForm, REPORT_FIELDS, reportRequestBody } from './report-form';

const REFERENCE = /^LKT-\d{4}-\d{6}$/;

/** Journeys 1 and 2: an entrepreneur reports a barrier and follows it through the private link. */
@Controller('meldingen')
export class ReportController {
  constructor(private readonly services: ServiceClient) {}

  @Get('nieuw')
  form(@Page() ctx: PageContext, @Res() res: Response): void {
    res.type('html').send(renderReportForm(ctx, emptyForm()).value);
  }

  @Post('nieuw')
  async submit(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, REPORT_FIELDS);
    const result = await this.services.call<{ reference: string; status: string }>('loket', '/api/loket/reports', { method: 'POST', body: reportRequestBody(values), lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/meldingen/nieuw/ontvangen?referentie=${encodeURIComponent(result.data.reference)}`);
      return;
    }
    if (result.status === 400 || result.status === 422) {
      const errors = friendlierReportErrors(ctx, fieldErrorsOf(result.problem), values);
      const form: FormState = { values, errors: Object.keys(errors).length ? errors : { title: result.problem?.detail ?? ctx.t('Controleer uw invoer.', 'Check your input.') } };
      res.status(400).type('html').send(renderReportForm(ctx, form).value);
      return;
    }
    res.status(result.status >= 500 ? 503 : result.status).type('html').send(renderReportForm(ctx, { values, errors: {} }, result.unavailable ?? 'error').value);
  }

  @Get('nieuw/ontvangen')
  received(@Page() ctx: PageContext, @Query('referentie') reference: string | undefined, @Res() res: Response): void {
    const t = ctx.t;
    const ref = typeof reference === 'string' && REFERENCE.test(reference) ? reference : undefined;
    const title = t('Uw melding is ontvangen', 'Your report has been received');
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'report',
        body: html`${heading1(title)}
${alert('ok', html`<p class="utrecht-paragraph">${t('Uw referentienummer is', 'Your reference number is')} <strong id="reference">${ref ?? '—'}</strong>.</p>`)}
<p class="utrecht-paragraph">${t(
          'U ontvangt binnen enkele minuten een e-mail met een persoonlijke link. Daarmee volgt u de behandeling, beantwoordt u vragen van de behandelaar en leest u de uitkomst. Wij beoordelen uw melding binnen 5 werkdagen en beantwoorden haar binnen 8 weken.',
          'Within a few minutes you will receive an e-mail with a private link. With it you follow the handling, answer the official’s questions and read the outcome. We triage your report within 5 working days and answer it within 8 weeks.',
        )}</p>
<p class="utrecht-paragraph">${t('Geen e-mail ontvangen, of later de link kwijt?', 'No e-mail received, or lost the link later?')} <a class="utrecht-link" id="lost-link" href="${lostLinkHref(ref)}">${t('Vraag een nieuwe link aan', 'Request a new link')}</a>.</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${t('Naar de startpagina', 'To the home page')}</a></p>`,
      }).value,
    );
  }

  @Get(':reference')
  async track(@Page() ctx: PageContext, @Param('reference') reference: string, @Query('token') token: string | undefined, @Query('verzonden') sent: string | undefined, @Res() res: Response): Promise<void> {
    await this.renderTracking(ctx, res, reference, typeof token === 'string' ? token : '', emptyForm(), sent === '1');
  }

  @Post(':reference/berichten')
  async reply(@Page() ctx: PageContext, @Param('reference') reference: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const token = typeof body.token === 'string' ? body.token : '';
    const values = pickFormValues(body, ['body']);
    if (!REFERENCE.test(reference)) {
      res.status(404).type('html').send(renderTrackingLinkInvalid(ctx).value);
      return;
    }
    const result = await this.services.call(
      'loket',
      `/api/loket/reports/${encodeURIComponent(reference)}/messages?token=${encodeURIComponent(token)}`,
      { method: 'POST', body: { body: (values.body ?? '').trim() }, lang: ctx.lang },
    );
    if (result.ok) {
      res.redirect(303, `/meldingen/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}&verzonden=1#berichten`);
      return;
    }
    const errors = result.status === 400 ? fieldErrorsOf(result.problem) : {};
    const general = result.status === 400 ? undefined : (result.problem?.detail ?? undefined);
    await this.renderTracking(ctx, res, reference, token, { values, errors: Object.keys(errors).length || !general ? errors : { body: general } }, false, result.unavailable, result.status);
  }

  private async renderTracking(
    ctx: PageContext,
    res: Response,
    reference: string,
    token: string,
    form: FormState,
    sent: boolean,
    unavailable?: 'timeout' | 'down' | 'error',
    status = 200,
  ): Promise<void> {
    // Unknown, wrong and expired links get one page, with the way to a new link.
    if (!REFERENCE.test(reference) || !token) {
      res.status(404).type('html').send(renderTrackingLinkInvalid(ctx, reference).value);
      return;
    }
    const result = await this.services.call<ReportView>('loket', `/api/loket/reports/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}`, { lang: ctx.lang });
    if (!result.ok) {
      if (result.status === 404 || result.status === 401 || result.status === 403) {
        res.status(404).type('html').send(renderTrackingLinkInvalid(ctx, reference).value);
        return;
      }
      const title = ctx.t('Uw melding', 'Your report');
      res.status(503).type('html').send(layout(ctx, { title, body: html`${heading1(title)}${unavailableMessage(ctx, result.unavailable ?? 'error')}` }).value);
      return;
    }
    res.status(status >= 400 ? (status >= 500 ? 503 : status) : 200).type('html').send(renderTrackingPage(ctx, result.data, token, form, sent, unavailable).value);
  }
}

export function renderTrackingPage(ctx: PageContext, report: ReportView, token: string, form: FormState, sent: boolean, unavailable?: 'timeout' | 'down' | 'error'): SafeHtml {
  const t = ctx.t;
  const resolution = resolutionOf(report);
  const messages = (report.messages ?? []).filter((m) => !m.internal);
  const title = `${t('Melding', 'Report')} ${report.reference}`;
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form)}
${sent ? alert('ok', html`<p class="utrecht-paragraph">${t('Uw bericht is verstuurd naar de behandelaar.', 'Your message has been sent to the official.')}</p>`) : ''}
${report.title ? html`<p class="utrecht-paragraph"><strong>${report.title}</strong></p>` : ''}
${dataList([
      [t('Status', 'Status'), html`<span class="pb-status" id="report-status">${label(REPORTER_STATUS_LABELS, report.status, ctx.lang)}</span>`],
      [t('Ontvangen op', 'Received on'), formatDate(ctx, report.submittedAt ?? report.receivedAt ?? report.timeline?.[0]?.at)],
      [t('Uiterlijk beantwoord op', 'To be answered by'), formatDate(ctx, report.deadlines?.answerBy)],
    ])}
${
  report.linkExpiresAt
    ? html`<p class="utrecht-paragraph" id="link-expires">${t('Deze persoonlijke link werkt tot', 'This private link works until')} ${formatDate(ctx, report.linkExpiresAt)}. ${t('Daarna vraagt u een nieuwe aan via', 'After that, request a new one through')} <a class="utrecht-link" href="${lostLinkHref(report.reference)}">${t('Link kwijt?', 'Lost your link?')}</a></p>`
    : ''
}
${
  resolution
    ? html`<section class="pb-section" aria-labelledby="outcome-title"><h2 class="utrecht-heading-2" id="outcome-title">${t('Uitkomst', 'Outcome')}</h2>
${alert('info', html`<p class="utrecht-paragraph"><strong id="report-outcome">${label(OUTCOME_LABELS, resolution.outcome, ctx.lang)}</strong></p>${resolution.explanation ? html`<p class="utrecht-paragraph" id="report-explanation">${resolution.explanation}</p>` : ''}`)}
</section>`
    : ''
}
<section class="pb-section" aria-labelledby="timeline-title"><h2 class="utrecht-heading-2" id="timeline-title">${t('Verloop', 'Timeline')}</h2>
<ol class="pb-timeline">${(report.timeline ?? []).map((e) => html`<li><strong>${label(REPORTER_STATUS_LABELS, e.status, ctx.lang)}</strong> — ${formatDate(ctx, e.at, true)}</li>`)}</ol>
</section>
<section class="pb-section" aria-labelledby="berichten"><h2 class="utrecht-heading-2" id="berichten" tabindex="-1">${t('Berichten', 'Messages')}</h2>
${messages.length ? messages.map((m) => html`<div class="pb-message"><p class="utrecht-paragraph"><strong>${m.from === 'reporter' || m.author === 'reporter' ? t('U', 'You') : t('Behandelaar', 'Official')}</strong> — ${formatDate(ctx, m.at ?? m.createdAt, true)}</p><p class="utrecht-paragraph">${m.body}</p></div>`) : html`<p class="utrecht-paragraph">${t('Er zijn nog geen berichten.', 'There are no messages yet.')}</p>`}
${
  ['resolved', 'duplicate', 'rejected'].includes(report.status)
    ? ''
    : html`<form method="post" action="/meldingen/${report.reference}/berichten" novalidate>
${csrfField(ctx)}<input type="hidden" name="token" value="${token}">
${textArea(ctx, form, { name: 'body', label: t('Uw antwoord of aanvullende informatie', 'Your answer or additional information'), rows: 5 })}
<div class="pb-actions">${submitButton(t('Bericht versturen', 'Send message'))}</div>
</form>`
}
</section>`,
  });
}
