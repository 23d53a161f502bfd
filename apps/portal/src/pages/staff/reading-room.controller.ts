import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import type { ReadingRoomExportQuery, ReadingRoomQuery } from '../../clients/reading-room.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { renderNotFound } from '../../web/error-pages';
import { readingRoomApiQuery, readingRoomFilterOf, readingRoomReturnOf, reportPickBody } from '../../web/forms';
import { query } from '../../web/html';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { filterParams, renderExportFailed, renderReadingRoom } from './reading-room.views';

const ID = /^[0-9a-f-]{36}$/i;

/**
 * The coordinator's reading room (issue 11): every response of a proposal, public or not, with
 * search and filters, the export, and picking the responses a report topic answers. Plain links
 * and forms: the filters are a GET form, picking a POST that comes back to the same list.
 */
@Controller()
@Roles('coordinator')
export class ReadingRoomPagesController {
  constructor(private readonly services: ServiceClient) {}

  @Get('coordinatie/voorstellen/:id/leeszaal')
  async show(@Page() ctx: PageContext, @Param('id') id: string, @Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const filter = readingRoomFilterOf(q);
    const cursor = pageCursor(q.vanaf);
    const picked = typeof q.gekozen === 'string' && /^\d{1,3}$/.test(q.gekozen) ? Number(q.gekozen) : undefined;
    const [proposal, page, picks, results] = await Promise.all([
      this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}', { params: { path: { id } } }),
      this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}/comments/reading-room', { params: { path: { id }, query: formInput<ReadingRoomQuery>({ ...readingRoomApiQuery(filter), cursor }) } }),
      this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}/comments/report-picks', { params: { path: { id } } }),
      this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}/comments/reading-room/results', { params: { path: { id } } }),
    ]);
    if ((!proposal.ok && proposal.status === 404) || (!page.ok && page.status === 404)) return sendPage(res, renderNotFound(ctx), 404);
    // A cursor from another filter: start at the first page of this one.
    if (!page.ok && page.status === 400 && cursor) return res.redirect(303, `/coordinatie/voorstellen/${id}/leeszaal${query(filterParams(filter))}`);
    const filterError = !page.ok && page.status === 400 ? (page.problem?.errors?.[0]?.message ?? page.problem?.detail) : undefined;
    const unavailable = !page.ok && page.status !== 400 ? (page.unavailable ?? 'error') : undefined;
    sendPage(
      res,
      renderReadingRoom(ctx, {
        proposalId: id,
        proposalTitle: proposal.ok ? proposal.data.title : '',
        filter,
        page: page.ok ? page.data : null,
        cursor,
        picks: picks.ok ? (picks.data.items ?? []) : [],
        picked,
        unavailable,
        filterError,
        results: results.ok ? (results.data.items ?? []) : [],
      }),
      filterError ? 400 : unavailable ? 503 : 200,
    );
  }

  /** The export: the comments service's file passed through as it streams (never held here). */
  @Get('coordinatie/voorstellen/:id/leeszaal/export')
  async export(@Page() ctx: PageContext, @Param('id') id: string, @Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const format = q.formaat === 'xlsx' ? 'xlsx' : 'csv';
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const file = await this.services.download(
      'comments',
      '/api/proposals/{id}/comments/export',
      { path: { id }, query: formInput<ReadingRoomExportQuery>({ ...readingRoomApiQuery(readingRoomFilterOf(q)), format }) },
      { lang: ctx.lang, token: ctx.accessToken },
    );
    if (!file.ok) {
      if (file.status === 404) return sendPage(res, renderNotFound(ctx), 404);
      return sendPage(res, renderExportFailed(ctx, id, file.unavailable, file.problem?.detail), file.unavailable ? 503 : file.status);
    }
    res.status(200).setHeader('content-type', file.contentType);
    if (file.disposition) res.setHeader('content-disposition', file.disposition);
    res.setHeader('cache-control', 'no-store');
    const body = Readable.fromWeb(file.body as import('node:stream/web').ReadableStream<Uint8Array>);
    // A client that goes away stops the upstream read too (the service then stops reading rows).
    res.on('close', () => body.destroy());
    body.on('error', () => res.destroy());
    body.pipe(res);
  }

  @Post('coordinatie/voorstellen/:id/leeszaal/kiezen')
  async pick(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const pick = reportPickBody(body);
    const back = readingRoomReturnOf(body);
    const url = (picked: number) => {
      const target = new URL(`/coordinatie/voorstellen/${id}/leeszaal${back}`, 'http://portal');
      target.searchParams.set('onderwerp', String(pick?.slot ?? 1));
      target.searchParams.set('gekozen', String(picked));
      return `${target.pathname}${target.search}`;
    };
    // Nothing ticked: back to the list, which says that nothing was picked.
    if (!pick) return res.redirect(303, url(0));
    const result = await this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/proposals/{id}/comments/report-picks', { params: { path: { id } }, body: formInput(pick) });
    if (!result.ok && result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    if (!result.ok) return sendPage(res, renderExportFailed(ctx, id, result.unavailable ?? 'error'), 503);
    res.redirect(303, url(pick.action === 'add' ? pick.responseIds.length : 0));
  }
}
