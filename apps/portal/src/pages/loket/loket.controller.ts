import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ReportView } from '../../clients/loket.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { emptyForm, FormState } from '../../web/components';
import {
  endorsementOf,
  endorseRequestBody,
  fieldErrorsOf,
  formErrorsOf,
  isReportReference,
  LOST_LINK_FIELDS,
  lostLinkRequestBody,
  pickFormValues,
  REPLY_FIELDS,
  replyFormErrors,
  replyRequestBody,
  REPORT_FIELDS,
  reportFormErrors,
  reportRequestBody,
  reportStepOf,
  SATISFACTION_FIELDS,
  similarQueryOf,
  satisfactionFormErrors,
  satisfactionRequestBody,
} from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import type { SimilarEntry } from '../../clients/loket.types';
import { CheckStepState, renderCheckStep, renderEndorsed, renderWithdrawForm, renderWithdrawInvalid, renderWithdrawn } from './crowd.views';
import { renderReportForm, renderReportReceived, renderTrackingPage, renderTrackingUnavailable } from './report.views';
import type { Judged } from './satisfaction.views';
import { LOST_LINK_PATH, renderLinkRequested, renderLostLinkForm, renderTrackingLinkInvalid } from './tracking-link.views';

/**
 * Journeys 1 and 2: an entrepreneur reports a barrier and follows it through the private link; a
 * reporter who lost that link asks a fresh one by reference and e-mail address (the loket answers
 * the same whether or not they match, and so does this page). Works without JavaScript.
 */
@Controller('meldingen')
export class LoketController {
  constructor(private readonly services: ServiceClient) {}

  // "link-kwijt" is declared before ":reference", which would otherwise take it for a reference.
  @Get('link-kwijt')
  lostLinkForm(@Page() ctx: PageContext, @Query('referentie') reference: string | undefined, @Res() res: Response): void {
    sendPage(res, renderLostLinkForm(ctx, emptyForm(isReportReference(reference) ? { reference } : {})));
  }

  @Post('link-kwijt')
  async requestLink(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, LOST_LINK_FIELDS);
    const result = await this.services.to('loket', { lang: ctx.lang }).POST('/api/loket/tracking-links', { body: lostLinkRequestBody(values) });
    if (result.ok) {
      res.redirect(303, `${LOST_LINK_PATH}/aangevraagd`);
      return;
    }
    if (result.status === 400) {
      sendPage(res, renderLostLinkForm(ctx, { values, errors: formErrorsOf(ctx, result.problem, 'reference') }), 400);
      return;
    }
    const tooMany = result.status === 429;
    sendPage(res, renderLostLinkForm(ctx, emptyForm(values), tooMany ? undefined : (result.unavailable ?? 'error'), tooMany ? result.problem?.detail : undefined), tooMany ? 429 : 503);
  }

  @Get('link-kwijt/aangevraagd')
  linkRequested(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderLinkRequested(ctx));
  }

  @Get('nieuw')
  form(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderReportForm(ctx, emptyForm()));
  }

  /**
   * The form posts here twice: first for the check step (published entries like this barrier, each
   * with "this is my barrier too"), then — `stap=verzenden`, or at once when nothing similar is
   * published — to send the report. `stap=wijzigen` goes back to the filled-in form.
   */
  @Post('nieuw')
  async submit(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, REPORT_FIELDS);
    const step = reportStepOf(body);
    if (step === 'edit') {
      sendPage(res, renderReportForm(ctx, emptyForm(values)));
      return;
    }
    if (step === 'check') {
      const similar = await this.similarEntries(ctx, values);
      if (similar.length) {
        sendPage(res, renderCheckStep(ctx, values, similar));
        return;
      }
    }
    const result = await this.services.to('loket', { lang: ctx.lang }).POST('/api/loket/reports', { body: formInput(reportRequestBody(values)) });
    if (result.ok) {
      res.redirect(303, `/meldingen/nieuw/ontvangen?referentie=${encodeURIComponent(result.data.reference)}`);
      return;
    }
    if (result.status === 400 || result.status === 422) {
      sendPage(res, renderReportForm(ctx, { values, errors: reportFormErrors(ctx, result.problem, values) }), 400);
      return;
    }
    sendPage(res, renderReportForm(ctx, { values, errors: {} }, result.unavailable ?? 'error'), result.status >= 500 ? 503 : result.status);
  }

  /** "This is my barrier too", from the check step: the report form's company and contact, and the endorsement's own consent. */
  @Post('nieuw/ook-mijn-barriere')
  async endorse(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, REPORT_FIELDS);
    const { reference, consent: endorseConsent } = endorsementOf(body);
    if (!reference) {
      sendPage(res, renderReportForm(ctx, emptyForm(values)), 400);
      return;
    }
    const result = await this.services
      .to('loket', { lang: ctx.lang })
      .POST('/api/loket/register/{reference}/endorsements', { params: { path: { reference } }, body: formInput(endorseRequestBody(values, endorseConsent)) });
    if (result.ok) {
      sendPage(res, renderEndorsed(ctx, reference, values));
      return;
    }
    const { 'consent.contact': consent, ...fieldErrors } = result.status === 400 ? fieldErrorsOf(result.problem) : {};
    // The company or contact is missing or wrong: that is the form's to fix (the check comes again after).
    if (Object.keys(fieldErrors).length) {
      sendPage(res, renderReportForm(ctx, { values, errors: reportFormErrors(ctx, { ...result.problem!, errors: result.problem?.errors?.filter((e) => e.field !== 'consent.contact') }, values) }), 400);
      return;
    }
    const state: CheckStepState = consent
      ? { entryError: { reference, message: ctx.msg('crowd:check.consentNeeded') } }
      : { general: result.status === 404 ? ctx.msg('crowd:check.entryGone') : result.status === 429 ? (result.problem?.detail ?? ctx.msg('crowd:check.unavailable')) : ctx.msg('crowd:check.unavailable') };
    const status = consent ? 400 : result.status === 404 || result.status === 429 ? result.status : 503;
    sendPage(res, renderCheckStep(ctx, values, await this.similarEntries(ctx, values), state), status);
  }

  /** The withdrawal link of an endorser's mail (declared before ":reference", which would take it for a reference). */
  @Get('steun-intrekken')
  withdrawForm(@Page() ctx: PageContext, @Query('token') token: unknown, @Res() res: Response): void {
    if (typeof token !== 'string' || !token || token.length > 200) {
      sendPage(res, renderWithdrawInvalid(ctx), 404);
      return;
    }
    sendPage(res, renderWithdrawForm(ctx, token));
  }

  @Post('steun-intrekken')
  async withdraw(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { token = '' } = pickFormValues(body, ['token']);
    if (!token || token.length > 200) {
      sendPage(res, renderWithdrawInvalid(ctx), 404);
      return;
    }
    const result = await this.services.to('loket', { lang: ctx.lang }).POST('/api/loket/register/endorsement-withdrawals', { body: { token } });
    if (result.ok) {
      sendPage(res, renderWithdrawn(ctx, result.data.reference));
      return;
    }
    if (result.status === 400 || result.status === 404) {
      sendPage(res, renderWithdrawInvalid(ctx), 404);
      return;
    }
    sendPage(res, renderWithdrawForm(ctx, token, result.status === 429 ? result.problem?.detail : ctx.msg('crowd:check.unavailable')), result.status === 429 ? 429 : 503);
  }

  @Get('nieuw/ontvangen')
  received(@Page() ctx: PageContext, @Query('referentie') reference: string | undefined, @Res() res: Response): void {
    sendPage(res, renderReportReceived(ctx, isReportReference(reference) ? reference : undefined));
  }

  @Get(':reference')
  async track(
    @Page() ctx: PageContext,
    @Param('reference') reference: string,
    @Query('token') token: string | undefined,
    @Query('verzonden') sent: string | undefined,
    @Query('beoordeeld') judged: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const confirmed: Judged | undefined = judged === 'closed' || judged === 'reopened' ? judged : undefined;
    await this.renderTracking(ctx, res, reference, typeof token === 'string' ? token : '', emptyForm(), sent === '1', undefined, 200, confirmed);
  }

  /** "Did this answer help you?" — yes closes the report, no (with a reason) reopens it to its handler. */
  @Post(':reference/tevredenheid')
  async judge(@Page() ctx: PageContext, @Param('reference') reference: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { token = '' } = pickFormValues(body, ['token']);
    const values = pickFormValues(body, SATISFACTION_FIELDS);
    if (!isReportReference(reference)) {
      sendPage(res, renderTrackingLinkInvalid(ctx), 404);
      return;
    }
    const errors = satisfactionFormErrors(ctx, values);
    if (Object.keys(errors).length) {
      await this.renderTracking(ctx, res, reference, token, { values, errors }, false, undefined, 400);
      return;
    }
    const result = await this.services
      .to('loket', { lang: ctx.lang })
      .POST('/api/loket/reports/{reference}/satisfaction', { params: { path: { reference }, query: { token } }, body: formInput(satisfactionRequestBody(values)) });
    if (result.ok) {
      const judged = result.data.status === 'closed' ? 'closed' : 'reopened';
      res.redirect(303, `/meldingen/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}&beoordeeld=${judged}`);
      return;
    }
    const fieldErrors = replyFormErrors(result.status, result.problem);
    // A 409 (already judged) or another refusal lands on the choice, so the summary can point at it.
    const formErrors = fieldErrors.body ? { helped: fieldErrors.body } : fieldErrors;
    await this.renderTracking(ctx, res, reference, token, { values, errors: formErrors }, false, result.unavailable, result.status);
  }

  @Post(':reference/berichten')
  async reply(@Page() ctx: PageContext, @Param('reference') reference: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { token = '' } = pickFormValues(body, ['token']);
    const values = pickFormValues(body, REPLY_FIELDS);
    if (!isReportReference(reference)) {
      sendPage(res, renderTrackingLinkInvalid(ctx), 404);
      return;
    }
    const result = await this.services
      .to('loket', { lang: ctx.lang })
      .POST('/api/loket/reports/{reference}/messages', { params: { path: { reference }, query: { token } }, body: replyRequestBody(values) });
    if (result.ok) {
      res.redirect(303, `/meldingen/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}&verzonden=1#berichten`);
      return;
    }
    await this.renderTracking(ctx, res, reference, token, { values, errors: replyFormErrors(result.status, result.problem) }, false, result.unavailable, result.status);
  }

  /** Published entries like what the form holds; none when the loket does not answer (the check never blocks a report). */
  private async similarEntries(ctx: PageContext, values: Record<string, string>): Promise<SimilarEntry[]> {
    const result = await this.services.to('loket', { lang: ctx.lang }).GET('/api/loket/register/similar', { params: { query: similarQueryOf(values) } });
    return result.ok && Array.isArray(result.data?.items) ? result.data.items : [];
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
    judged?: Judged,
  ): Promise<void> {
    // Unknown, wrong and expired links get one page, with the way to a new link.
    if (!isReportReference(reference) || !token) {
      sendPage(res, renderTrackingLinkInvalid(ctx, reference), 404);
      return;
    }
    const result = await this.services.to('loket', { lang: ctx.lang }).GET('/api/loket/reports/{reference}', { params: { path: { reference }, query: { token } } });
    if (!result.ok) {
      if (result.status === 404 || result.status === 401 || result.status === 403) sendPage(res, renderTrackingLinkInvalid(ctx, reference), 404);
      else sendPage(res, renderTrackingUnavailable(ctx, result.unavailable ?? 'error'), 503);
      return;
    }
    // Asked with `?token=`, the loket answers the reporter's view (the operation's first body).
    sendPage(res, renderTrackingPage(ctx, result.data as ReportView, token, form, sent, unavailable, judged), status >= 400 ? (status >= 500 ? 503 : status) : 200);
  }
}
