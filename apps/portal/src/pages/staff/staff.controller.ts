import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { formInput, ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { emptyForm, FormState } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import {
  AMENDMENT_FIELDS,
  amendmentRequestBody,
  amendmentYearOf,
  compileYearOf,
  CONSULTATION_REPORT_FIELDS,
  consultationReportBody,
  consultationReportErrors,
  itemDecision,
  itemFieldErrors,
  moderationDecisionErrors,
  pickedResponseValues,
  pickFormValues,
  PROPOSAL_FIELDS,
  proposalFieldErrors,
  proposalRequest,
  topLevelFieldErrors,
} from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { renderAmendments } from './amendments.views';
import { renderCompileFailed, renderConsultationReportForm, renderCoordinationOverview, renderProposalForm, renderPublishFailed } from './coordination.views';
import { renderModerationQueue, renderModerationUnavailable } from './moderation.views';

const ID = /^[0-9a-f-]{36}$/i;

/**
 * The staff's pages besides the officials': moderators decide on responses (journey 5);
 * coordinators run proposals, consultation reports and the annual review compile (journeys 5–8),
 * and amendments with their evidence up to the next strategy version (journey 8).
 */
@Controller()
export class StaffController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  // --- moderation ---
  @Roles('moderator')
  @Get('moderatie')
  async moderationQueue(@Page() ctx: PageContext, @Query('gedaan') done: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    await this.showModeration(ctx, res, emptyForm(), done === '1', 200, undefined, undefined, pageCursor(from));
  }

  @Roles('moderator')
  @Post('moderatie/:id')
  async moderate(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { decision, reason, values } = itemDecision(body, id);
    if (!ID.test(id)) {
      await this.showModeration(ctx, res, { values, errors: {} }, false, 404);
      return;
    }
    const errors = moderationDecisionErrors(ctx, id, decision, reason);
    if (Object.keys(errors).length) {
      await this.showModeration(ctx, res, { values, errors }, false, 400);
      return;
    }
    const result = await this.services
      .to('comments', { lang: ctx.lang, token: ctx.accessToken })
      .POST('/api/comments/{id}/moderation', { params: { path: { id } }, body: formInput({ decision, ...(decision === 'reject' ? { reason } : {}) }) });
    if (result.ok) {
      res.redirect(303, '/moderatie?gedaan=1');
      return;
    }
    const mapped = itemFieldErrors(result.problem, id);
    await this.showModeration(ctx, res, { values, errors: mapped }, false, result.unavailable ? 503 : result.status, result.unavailable, Object.keys(mapped).length ? undefined : result.problem?.detail);
  }

  private async showModeration(
    ctx: PageContext,
    res: Response,
    form: FormState,
    done: boolean,
    status = 200,
    unavailable?: 'timeout' | 'down' | 'error',
    general?: string,
    /** Which page of the queue (the API's cursor); the oldest responses when absent. */
    cursor?: string,
  ): Promise<void> {
    const result = await this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/moderation/queue', { params: { query: { cursor } } });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, '/moderatie');
    if (!result.ok) return sendPage(res, renderModerationUnavailable(ctx, result.unavailable ?? 'error'), 503);
    sendPage(res, renderModerationQueue(ctx, { items: result.data.items ?? [], next: result.data.next, cursor, form, done, unavailable, general }), status);
  }

  // --- coordination ---
  @Roles('coordinator')
  @Get('coordinatie')
  async overview(@Page() ctx: PageContext, @Query('gedaan') done: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    const cursor = pageCursor(from);
    // Every status, drafts included (a coordinator's token), newest opening first, the API's largest page.
    const [result, themes] = await Promise.all([
      this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals', { params: { query: { limit: 100, cursor } } }),
      this.themes.list(ctx.lang),
    ]);
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, '/coordinatie');
    const view = renderCoordinationOverview(ctx, {
      proposals: result.ok ? (result.data.items ?? []) : [],
      next: result.ok ? result.data.next : null,
      cursor,
      done,
      failure: result.ok ? undefined : (result.unavailable ?? 'error'),
      year: new Date().getFullYear(),
      themes,
    });
    // The proposals service missing makes this page unavailable (503), as it says; the rest still renders.
    sendPage(res, view, !result.ok && (result.unavailable !== undefined || result.status >= 500) ? 503 : 200);
  }

  @Roles('coordinator')
  @Get('coordinatie/voorstellen/nieuw')
  async newProposal(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    sendPage(res, renderProposalForm(ctx, emptyForm({ moderation: 'post' }), await this.themes.list(ctx.lang)));
  }

  @Roles('coordinator')
  @Post('coordinatie/voorstellen/nieuw')
  async createProposal(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, PROPOSAL_FIELDS);
    const request = proposalRequest(v);
    const result = await this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/proposals', { body: formInput(request.body) });
    if (result.ok) {
      res.redirect(303, `/coordinatie?gedaan=aangemaakt`);
      return;
    }
    const errors = proposalFieldErrors(result.problem, request.rows);
    const themes = await this.themes.list(ctx.lang);
    sendPage(res, renderProposalForm(ctx, { values: v, errors }, themes, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail), result.unavailable ? 503 : result.status);
  }

  @Roles('coordinator')
  @Post('coordinatie/voorstellen/:id/publiceren')
  async publish(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/proposals/{id}/publish', { params: { path: { id } } });
    if (result.ok) {
      res.redirect(303, '/coordinatie?gedaan=gepubliceerd');
      return;
    }
    sendPage(res, renderPublishFailed(ctx, result.unavailable, result.problem?.detail), result.unavailable ? 503 : result.status);
  }

  @Roles('coordinator')
  @Get('coordinatie/voorstellen/:id/verslag')
  async reportForm(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.showReportForm(ctx, res, id, emptyForm());
  }

  @Roles('coordinator')
  @Post('coordinatie/voorstellen/:id/verslag')
  async publishReport(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = { ...pickFormValues(body, CONSULTATION_REPORT_FIELDS), ...pickedResponseValues(body) };
    const result = await this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/proposals/{id}/report', { params: { path: { id } }, body: formInput(consultationReportBody(v)) });
    if (result.ok) {
      res.redirect(303, `/consultaties/${id}#verslag`);
      return;
    }
    const errors = consultationReportErrors(result.problem, v);
    await this.showReportForm(ctx, res, id, { values: v, errors }, result.unavailable ? 503 : result.status, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail);
  }

  @Roles('coordinator')
  @Post('coordinatie/jaaroverzichten')
  async compile(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = compileYearOf(body);
    const result = year ? await this.services.to('review', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/review/years/{year}/compile', { params: { path: { year } } }) : undefined;
    if (result?.ok) {
      res.redirect(303, `/jaaroverzichten/${year}?taak=${encodeURIComponent(result.data?.id ?? '')}`);
      return;
    }
    const message = !year ? ctx.msg('staff:staff.enterAYearOfFourDigits') : (result && !result.ok && result.problem?.detail) || '';
    const unavailable = result && !result.ok ? result.unavailable : undefined;
    sendPage(res, renderCompileFailed(ctx, unavailable, message), !year ? 400 : unavailable ? 503 : (result?.status ?? 400));
  }

  private async showReportForm(ctx: PageContext, res: Response, id: string, form: FormState, status = 200, unavailable?: 'timeout' | 'down' | 'error', general?: string): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const [proposal, picks, results, analysis] = await Promise.all([
      this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}', { params: { path: { id } } }),
      // The responses picked per topic in the reading room (none when the comments service is down).
      this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}/comments/report-picks', { params: { path: { id } } }),
      // The counts per question the published report will show (none when the comments service is down).
      this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}/comments/reading-room/results', { params: { path: { id } } }),
      // The signed-off analysis (issue 11 item 4) prefills the topics ("you said" per theme); none: a 404.
      this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}/analyses/signed-off', { params: { path: { id } } }),
    ]);
    if (!proposal.ok && proposal.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    sendPage(
      res,
      renderConsultationReportForm(
        ctx,
        id,
        proposal.ok ? proposal.data.title : '',
        form,
        unavailable,
        general,
        picks.ok ? (picks.data.items ?? []) : [],
        results.ok ? (results.data.items ?? []) : [],
        analysis.ok ? analysis.data : null,
      ),
      status >= 500 ? 503 : status,
    );
  }

  // --- amendments ---
  @Roles('coordinator')
  @Get('coordinatie/wijzigingen')
  async amendments(@Page() ctx: PageContext, @Query('jaar') yearParam: string | undefined, @Query('gedaan') done: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    await this.showAmendments(ctx, res, amendmentYearOf(yearParam), emptyForm({ kind: 'add-action' }), done, 200, undefined, undefined, pageCursor(from));
  }

  @Roles('coordinator')
  @Post('coordinatie/wijzigingen')
  async proposeAmendment(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = amendmentYearOf(body.year);
    const v = pickFormValues(body, AMENDMENT_FIELDS);
    const result = await this.services.to('review', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/review/years/{year}/amendments', { params: { path: { year: String(year) } }, body: formInput(amendmentRequestBody(v)) });
    if (result.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=voorgesteld`);
      return;
    }
    const errors = topLevelFieldErrors(result.problem);
    await this.showAmendments(ctx, res, year, { values: v, errors }, undefined, result.unavailable ? 503 : result.status, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail);
  }

  @Roles('coordinator')
  @Post('coordinatie/wijzigingen/:id/besluit')
  async decideAmendment(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = amendmentYearOf(body.year);
    const { decision, reason, values } = itemDecision(body, id, true);
    const result = ID.test(id) ? await this.services.to('review', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/review/amendments/{id}/decision', { params: { path: { id } }, body: formInput({ decision, reason }) }) : undefined;
    if (result?.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=besloten`);
      return;
    }
    const errors = result && !result.ok ? itemFieldErrors(result.problem, id) : {};
    if (errors[`decision.${id}`] && !decision) errors[`decision.${id}`] = ctx.msg('staff:staff.chooseAcceptOrDecline');
    const status = !result ? 404 : result.ok ? 200 : result.unavailable ? 503 : result.status;
    await this.showAmendments(ctx, res, year, { values, errors }, undefined, status, result && !result.ok ? result.unavailable : undefined, Object.keys(errors).length || (result && !result.ok && result.unavailable) ? undefined : (result && !result.ok ? result.problem?.detail : undefined));
  }

  @Roles('coordinator')
  @Post('coordinatie/wijzigingen/strategieversie')
  async reviseStrategy(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = amendmentYearOf(body.year);
    const result = await this.services.to('review', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/review/years/{year}/strategy-revision', { params: { path: { year: String(year) } } });
    if (result.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=versie&versie=${encodeURIComponent(result.data.newVersion ?? '')}`);
      return;
    }
    await this.showAmendments(ctx, res, year, emptyForm({ kind: 'add-action' }), undefined, result.unavailable ? 503 : result.status, result.unavailable, result.unavailable ? undefined : (result.problem?.detail ?? ctx.msg('staff:staff.theNewVersionCouldNotBe')));
  }

  private async showAmendments(
    ctx: PageContext,
    res: Response,
    year: number,
    form: FormState,
    done?: string,
    status = 200,
    unavailable?: 'timeout' | 'down' | 'error',
    general?: string,
    /** Which page of the year's amendments (the API's cursor); the first when absent. */
    cursor?: string,
  ): Promise<void> {
    const [result, themes] = await Promise.all([
      // The API's largest page: a year's amendments rarely need a second one.
      this.services.to('review', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/review/years/{year}/amendments', { params: { path: { year: String(year) }, query: { limit: 100, cursor } } }),
      this.themes.list(ctx.lang),
    ]);
    // The list comes from the review service: without it this page is unavailable (503), as it says.
    const listUnavailable = !result.ok && (result.unavailable !== undefined || result.status >= 500);
    const view = renderAmendments(ctx, {
      year,
      amendments: result.ok ? (result.data.items ?? []) : [],
      next: result.ok ? result.data.next : null,
      cursor,
      themes,
      form,
      done,
      listFailure: result.ok ? undefined : (result.unavailable ?? 'error'),
      unavailable,
      general,
    });
    sendPage(res, view, status >= 500 || listUnavailable ? 503 : status);
  }
}
