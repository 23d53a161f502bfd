import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { OfficialReport } from '../../clients/loket.types';
import { formInput, ServiceClient, ServiceResult } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { emptyForm, FormState } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import {
  DUPLICATE_FIELDS,
  duplicateRequestBody,
  isReportReference,
  OFFICIAL_MESSAGE_FIELDS,
  officialActionErrors,
  officialMessageBody,
  pageNumberOf,
  pickFormValues,
  queueValues,
  RESOLUTION_FIELDS,
  resolutionRequestBody,
  SPLIT_FIELDS,
  splitFieldErrors,
  splitRequest,
  TRIAGE_FIELDS,
  triageRequestBody,
} from '../../web/forms';
import { query } from '../../web/html';
import { DEPARTMENTS } from '../../web/labels';
import { hasRole, Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { AUDIT_PAGE_SIZE, renderAuditLog } from './audit.views';
import { deskNoticeOf } from './desk.views';
import { loadQueue } from './queue.loader';
import { renderQueue } from './queue.views';
import { isOfficialAction, OfficialAction, renderReportDetail, renderReportUnavailable } from './report.views';
import { templateValues } from './answer-templates.views';


/**
 * Journey 3 for officials and the front office: the work queue, one report with its actions, and
 * (for administrators) the report's audit log.
 */
@Roles('official', 'intake')
@Controller('behandelen')
export class OfficialsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Get()
  async queue(@Page() ctx: PageContext, @Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const data = await loadQueue(this.services, this.themes, ctx, queueValues(raw), pageNumberOf(raw.page));
    const handedOn = isReportReference(raw.overgedragen) ? raw.overgedragen : undefined;
    const to = typeof raw.aan === 'string' && (DEPARTMENTS as readonly string[]).includes(raw.aan) ? raw.aan : undefined;
    const view = renderQueue(ctx, { ...data, handedOn, to, desk: { ...data.desk, notice: deskNoticeOf(raw) } });
    sendPage(res, view, data.result ? 200 : 503);
  }

  // Every official who may open the report reads its audit trail (issue 10 item 8); the loket decides who may.
  @Get(':reference/auditlog')
  async audit(@Page() ctx: PageContext, @Param('reference') reference: string, @Query('page') rawPage: unknown, @Res() res: Response): Promise<void> {
    if (!isReportReference(reference)) return sendPage(res, renderNotFound(ctx), 404);
    const page = pageNumberOf(rawPage);
    const result = await this.loket(ctx).GET('/api/loket/reports/{reference}/audit', { params: { path: { reference }, query: { page, pageSize: AUDIT_PAGE_SIZE } } });
    if (!result.ok && result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    // The themes only for a log to show (a triage names its theme by title, not as a bare code).
    const themes = result.ok ? await this.themes.list(ctx.lang) : [];
    sendPage(res, renderAuditLog(ctx, reference, page, result.ok ? result.data : undefined, result.ok ? undefined : (result.unavailable ?? 'error'), themes), result.ok ? 200 : 503);
  }

  @Get(':reference')
  async detail(@Page() ctx: PageContext, @Param('reference') reference: string, @Query('gedaan') done: string | undefined, @Query('sjabloon') template: unknown, @Res() res: Response): Promise<void> {
    // `sjabloon`: a standard answer picked by a plain link, filled into its form to edit (issue 10 item 3).
    await this.render(ctx, res, reference, emptyForm(), isOfficialAction(done) ? done : undefined, undefined, undefined, template);
  }

  @Post(':reference/beoordelen')
  triage(@Page() ctx: PageContext, @Param('reference') ref: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, TRIAGE_FIELDS);
    return this.act(ctx, res, ref, 'triage', v, (reference) =>
      this.loket(ctx).POST('/api/loket/reports/{reference}/triage', { params: { path: { reference } }, body: formInput(triageRequestBody(v)) }),
    );
  }

  @Post(':reference/in-behandeling')
  start(@Page() ctx: PageContext, @Param('reference') ref: string, @Res() res: Response): Promise<void> {
    return this.act(ctx, res, ref, 'start', {}, (reference) => this.loket(ctx).POST('/api/loket/reports/{reference}/status', { params: { path: { reference } }, body: { status: 'in_progress' } }));
  }

  @Post(':reference/berichten')
  message(@Page() ctx: PageContext, @Param('reference') ref: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, OFFICIAL_MESSAGE_FIELDS);
    return this.act(ctx, res, ref, 'message', v, (reference) => this.loket(ctx).POST('/api/loket/reports/{reference}/messages', { params: { path: { reference } }, body: officialMessageBody(v) }));
  }

  @Post(':reference/dubbel')
  duplicate(@Page() ctx: PageContext, @Param('reference') ref: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, DUPLICATE_FIELDS);
    return this.act(ctx, res, ref, 'duplicate', v, (reference) => this.loket(ctx).POST('/api/loket/reports/{reference}/duplicate-of', { params: { path: { reference } }, body: duplicateRequestBody(v) }));
  }

  @Post(':reference/afhandelen')
  resolve(@Page() ctx: PageContext, @Param('reference') ref: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, RESOLUTION_FIELDS);
    return this.act(ctx, res, ref, 'resolve', v, (reference) =>
      this.loket(ctx).POST('/api/loket/reports/{reference}/resolution', { params: { path: { reference } }, body: formInput(resolutionRequestBody(v)) }),
    );
  }

  @Post(':reference/splitsen')
  split(@Page() ctx: PageContext, @Param('reference') ref: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, SPLIT_FIELDS);
    const { body: request, rows } = splitRequest(v);
    return this.act(
      ctx,
      res,
      ref,
      'split',
      v,
      (reference) => this.loket(ctx).POST('/api/loket/reports/{reference}/split', { params: { path: { reference } }, body: formInput(request) }),
      (problem) => splitFieldErrors(problem, rows),
    );
  }

  /** The loket, called with the official's token. */
  private loket(ctx: PageContext) {
    return this.services.to('loket', { lang: ctx.lang, token: ctx.accessToken });
  }

  private async act(
    ctx: PageContext,
    res: Response,
    reference: string,
    action: OfficialAction,
    values: Record<string, string>,
    send: (reference: string) => Promise<ServiceResult<unknown>>,
    fieldErrors?: (problem: Parameters<typeof splitFieldErrors>[0]) => Record<string, string>,
  ): Promise<void> {
    if (!isReportReference(reference)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await send(reference);
    if (result.ok) {
      // Triaged to another ministry, the report leaves an official's reach (the loket would answer
      // 404): back to the work queue, saying where it went.
      const handedOn = action === 'triage' && !hasRole(ctx, 'intake') && values.department !== ctx.principal?.department;
      res.redirect(303, handedOn ? `/behandelen${query({ overgedragen: reference, aan: values.department })}` : `/behandelen/${reference}?gedaan=${action}`);
      return;
    }
    const mapped = officialActionErrors(ctx, result.status, result.problem, values);
    const own = fieldErrors && result.status === 400 ? fieldErrors(result.problem) : undefined;
    const { errors, general } = own && Object.keys(own).length ? { errors: own, general: undefined } : mapped;
    await this.render(ctx, res, reference, { values, errors }, undefined, result, general);
  }

  private async render(
    ctx: PageContext,
    res: Response,
    reference: string,
    form: FormState,
    done?: OfficialAction,
    failed?: ServiceResult<unknown>,
    general?: string,
    template?: unknown,
  ): Promise<void> {
    if (!isReportReference(reference)) return sendPage(res, renderNotFound(ctx), 404);
    const [result, themes] = await Promise.all([
      this.loket(ctx).GET('/api/loket/reports/{reference}', { params: { path: { reference } } }),
      this.themes.list(ctx.lang),
    ]);
    if (!result.ok) {
      if (result.status === 404) sendPage(res, renderNotFound(ctx), 404);
      else sendPage(res, renderReportUnavailable(ctx, reference, result.unavailable ?? 'error'), 503);
      return;
    }
    const unavailable = failed && !failed.ok ? failed.unavailable : undefined;
    const status = failed ? (failed.status >= 500 || unavailable ? 503 : failed.status) : 200;
    // Asked with an official's token, the loket answers the official's view (the operation's second body).
    const report = result.data as OfficialReport;
    const filled = template === undefined ? form : { ...form, values: { ...templateValues(report.answerTemplates, template), ...form.values } };
    sendPage(res, renderReportDetail(ctx, report, themes, filled, { done, unavailable, general }), status);
  }
}
