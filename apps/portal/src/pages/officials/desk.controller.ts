import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AssignmentResult, DashboardQuery, SavedFilterValues } from '../../clients/desk.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { renderNotFound } from '../../web/error-pages';
import { assignFailureErrors, assignFormErrors, assignRequest, pageNumberOf, queueValues, savedFilterErrors, savedFilterRequest } from '../../web/forms';
import { query } from '../../web/html';
import { DEPARTMENTS } from '../../web/labels';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { renderDashboard } from './dashboard.views';
import { assignmentErrors, DeskQueueData } from './desk.views';
import { loadQueue } from './queue.loader';
import { renderQueue } from './queue.views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The officials' desk (issue 10 item 8): the department dashboard, saved queue filters and bulk
 * assign. Registered before OfficialsController, whose `/behandelen/:reference` would otherwise
 * take `/behandelen/dashboard` for a reference.
 */
@Roles('official', 'intake')
@Controller('behandelen')
export class DeskPagesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Roles('official')
  @Get('dashboard')
  async dashboard(@Page() ctx: PageContext, @Query('ministerie') raw: unknown, @Res() res: Response): Promise<void> {
    // An admin picks a ministry (none: all); an official's own is what the loket answers.
    const department = typeof raw === 'string' && (DEPARTMENTS as readonly string[]).includes(raw) ? raw : undefined;
    const result = await this.loket(ctx).GET('/api/loket/desk/dashboard', { params: { query: formInput<DashboardQuery>(department ? { department } : {}) } });
    if (!result.ok && result.status === 403) return sendPage(res, renderDashboard(ctx, { unavailable: 'error', department }), 403);
    sendPage(res, renderDashboard(ctx, { dashboard: result.ok ? result.data : undefined, unavailable: result.ok ? undefined : (result.unavailable ?? 'error'), department }), result.ok ? 200 : 503);
  }

  @Post('filters')
  async saveFilter(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { name, filters: values } = savedFilterRequest(body);
    const result = await this.loket(ctx).POST('/api/loket/desk/filters', { body: { name, filters: values as SavedFilterValues } });
    if (result.ok) return res.redirect(303, `/behandelen${query({ ...values, bewaard: '1' })}`);
    await this.showQueue(ctx, res, values, 1, { saveForm: { values: { filterName: name }, errors: savedFilterErrors(ctx, result.problem) } }, result.unavailable ? 503 : result.status);
  }

  @Post('filters/:id/verwijderen')
  async deleteFilter(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    if (!UUID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.loket(ctx).DELETE('/api/loket/desk/filters/{id}', { params: { path: { id } } });
    if (!result.ok && result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    if (!result.ok) return this.showQueue(ctx, res, {}, 1, { saveForm: { values: {}, errors: { filterName: ctx.msg('desk:filters.notDeleted') } } }, 503);
    res.redirect(303, `/behandelen${query({ verwijderd: '1' })}`);
  }

  @Post('toewijzen')
  async assign(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = queueValues(body);
    const page = pageNumberOf(body.page);
    const { references, handler } = assignRequest(body);
    const form = { values: { references: references.join(' '), handler }, errors: assignFormErrors(ctx, { references, handler }) };
    if (Object.keys(form.errors).length) return this.showQueue(ctx, res, values, page, { assignForm: form }, 400);

    const result = await this.loket(ctx).POST('/api/loket/desk/assignments', { body: { references, handler } });
    if (!result.ok) return this.showQueue(ctx, res, values, page, { assignForm: { values: form.values, errors: assignFailureErrors(ctx, result.problem) } }, result.unavailable ? 503 : result.status);
    const outcome: AssignmentResult = result.data;
    if (!outcome.failed.length) return res.redirect(303, `/behandelen${query({ ...values, ...(page > 1 ? { page } : {}), toegewezen: outcome.assigned.length })}`);
    // Some were not assigned: the queue again, one error per report (on its checkbox, still ticked), the others said done.
    const failed = outcome.failed.map((f) => f.reference).join(' ');
    await this.showQueue(ctx, res, values, page, { assigned: outcome, assignForm: { values: { references: failed, handler }, errors: assignmentErrors(ctx, outcome) } }, 422);
  }

  private loket(ctx: PageContext) {
    return this.services.to('loket', { lang: ctx.lang, token: ctx.accessToken });
  }

  private async showQueue(ctx: PageContext, res: Response, values: Record<string, string>, page: number, desk: DeskQueueData, status: number): Promise<void> {
    const data = await loadQueue(this.services, this.themes, ctx, values, page);
    sendPage(res, renderQueue(ctx, { ...data, desk: { ...data.desk, ...desk } }), status);
  }
}
