import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { REGULATION_ID_PATTERN } from '@pb/contracts';
import type { Response } from 'express';
import type { FigureQuery } from '../../clients/review.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { renderNotFound } from '../../web/error-pages';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { renderPublicUnavailable } from './public-data.views';
import { renderFigureRecords, renderRegulation, renderRegulationIndex } from './regulations.views';

const FIGURE_ID = /^[^/]{1,300}$/;

/**
 * The regulation index (issue 12, item 5) and the records behind a figure of an annual review
 * (item 4: a drill-down is a page, the JSON stays the API's): pages anyone may read.
 */
@Controller()
export class RegulationPagesController {
  constructor(private readonly services: ServiceClient) {}

  @Get('regelgeving')
  async index(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    const result = await this.services.to('review', { lang: ctx.lang }).GET('/api/review/regulations');
    if (!result.ok) return sendPage(res, renderPublicUnavailable(ctx, ctx.msg('regulations:index.title'), 'monitor', result.unavailable), 503);
    sendPage(res, renderRegulationIndex(ctx, result.data.items));
  }

  @Get('regelgeving/:bwbId')
  async regulation(@Page() ctx: PageContext, @Param('bwbId') bwbId: string, @Res() res: Response): Promise<void> {
    if (!REGULATION_ID_PATTERN.test(bwbId)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.services.to('review', { lang: ctx.lang }).GET('/api/review/regulations/{bwbId}', { params: { path: { bwbId } } });
    if (!result.ok && (result.status === 404 || result.status === 400)) return sendPage(res, renderNotFound(ctx), 404);
    if (!result.ok) return sendPage(res, renderPublicUnavailable(ctx, ctx.msg('regulations:page.unknownTitle', { bwbId }), 'monitor', result.unavailable), 503);
    sendPage(res, renderRegulation(ctx, result.data));
  }

  @Get('jaaroverzichten/:year/revisies/:revision/cijfers/:figureId')
  async figure(
    @Page() ctx: PageContext,
    @Param('year') year: string,
    @Param('revision') revision: string,
    @Param('figureId') figureId: string,
    @Query('vanaf') from: unknown,
    @Res() res: Response,
  ): Promise<void> {
    if (!/^\d{4}$/.test(year) || !/^[1-9]\d{0,5}$/.test(revision) || !FIGURE_ID.test(figureId)) return sendPage(res, renderNotFound(ctx), 404);
    const cursor = pageCursor(from);
    const path = `/jaaroverzichten/${year}/revisies/${revision}/cijfers/${encodeURIComponent(figureId)}`;
    const result = await this.services.to('review', { lang: ctx.lang }).GET('/api/review/years/{year}/revisions/{revision}/figures/{figureId}', { params: { path: { year, revision, figureId }, query: formInput<FigureQuery>({ cursor }) } });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, path); // a stale or edited cursor: start over
    if (!result.ok && (result.status === 404 || result.status === 400)) return sendPage(res, renderNotFound(ctx), 404);
    if (!result.ok) return sendPage(res, renderPublicUnavailable(ctx, ctx.msg('regulations:drill.title', { value: '' }), 'reviews', result.unavailable), 503);
    sendPage(res, renderFigureRecords(ctx, year, revision, figureId, result.data, cursor));
  }
}
