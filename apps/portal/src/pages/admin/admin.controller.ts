import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ParkedEventsClient } from '../../clients/parked-events.client';
import { ServiceClient, ServiceName } from '../../clients/service-client';
import { emptyForm } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import { ERASURE_FIELDS, erasureRequestBody, fieldErrorsOf, pickFormValues } from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { erasureFormPage, erasureStatusPage } from './erasures.views';
import { renderParkedEvents, renderRequeueUnavailable } from './parked-events.views';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICES: ServiceName[] = ['loket', 'proposals', 'comments', 'review'];
const POSITION = /^[1-9][0-9]{0,17}$/;

/**
 * For administrators: erase a person on request (AVG art. 17) — a form, then a status page per
 * request — and the events Kafka refused for good, with a re-queue per row.
 */
@Roles('admin')
@Controller('beheer')
export class AdminController {
  constructor(
    private readonly services: ServiceClient,
    private readonly parked: ParkedEventsClient,
  ) {}

  @Get('verwijderverzoeken')
  async erasureForm(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    // The form works without the list: a review that does not answer only hides the recent requests.
    const recent = await this.services.to('review', { token: ctx.accessToken, lang: ctx.lang }).GET('/api/privacy/erasures', { params: { query: { limit: '20' } } });
    const items = recent.ok && Array.isArray(recent.data.items) ? recent.data.items : [];
    sendPage(res, erasureFormPage(ctx, emptyForm(), undefined, undefined, items));
  }

  @Post('verwijderverzoeken')
  async requestErasure(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, ERASURE_FIELDS);
    const result = await this.services.to('review', { token: ctx.accessToken, lang: ctx.lang }).POST('/api/privacy/erasures', { body: erasureRequestBody(values) });
    if (result.ok) {
      res.redirect(303, `/beheer/verwijderverzoeken/${result.data.id}?verstuurd=1`);
      return;
    }
    const errors = fieldErrorsOf(result.problem);
    const general = Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail;
    sendPage(res, erasureFormPage(ctx, { values: { email: values.email ?? '' }, errors: errors.email ? { email: errors.email } : {} }, general, result.unavailable), result.unavailable ? 503 : result.status);
  }

  @Get('verwijderverzoeken/:id')
  async erasureStatus(@Page() ctx: PageContext, @Param('id') id: string, @Query('verstuurd') sent: string | undefined, @Res() res: Response): Promise<void> {
    const result = ID.test(id) ? await this.services.to('review', { token: ctx.accessToken, lang: ctx.lang }).GET('/api/privacy/erasures/{id}', { params: { path: { id } } }) : undefined;
    if (!result || (!result.ok && result.status === 404)) return sendPage(res, renderNotFound(ctx), 404);
    if (!result.ok) return sendPage(res, erasureFormPage(ctx, emptyForm(), undefined, result.unavailable ?? 'error'), 503);
    sendPage(res, erasureStatusPage(ctx, result.data, sent === '1'));
  }

  @Get('geparkeerde-events')
  async parkedEvents(@Page() ctx: PageContext, @Query('gedaan') done: string | undefined, @Res() res: Response): Promise<void> {
    const results = await Promise.all(
      SERVICES.map((s) => this.parked.list(s, { lang: ctx.lang, token: ctx.accessToken })),
    );
    const sections = SERVICES.map((service, i) => {
      const r = results[i];
      return { service, result: r.ok ? r.data : { unavailable: r.unavailable ?? ('error' as const) } };
    });
    sendPage(res, renderParkedEvents(ctx, sections, done === '1'), results.some((r) => !r.ok) ? 503 : 200);
  }

  @Post('geparkeerde-events/:service/:position/opnieuw')
  async requeue(@Page() ctx: PageContext, @Param('service') service: string, @Param('position') position: string, @Res() res: Response): Promise<void> {
    if (!SERVICES.includes(service as ServiceName) || !POSITION.test(position)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.parked.requeue(service as ServiceName, position, { token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, '/beheer/geparkeerde-events?gedaan=1');
      return;
    }
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    sendPage(res, renderRequeueUnavailable(ctx, result.unavailable ?? 'error'), 503);
  }
}
