import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient, ServiceResult } from '../../clients/service-client';
import { ServiceName } from '../../proxy/api-routes';
import { alert, csrfField, formatDate, table } from '../../web/components';
import { renderNotFound, unavailableMessage } from '../../web/error-pages';
import { html } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { Roles } from '../../web/roles.guard';

/** The services as a reader knows them (their codes are for the URLs). */
const SERVICE_TITLES: Record<ServiceName, { nl: string; en: string }> = {
  loket: { nl: 'Loket (meldingen)', en: 'Loket (barrier reports)' },
  proposals: { nl: 'Strategie en voorstellen', en: 'Strategy and proposals' },
  comments: { nl: 'Reacties', en: 'Responses' },
  review: { nl: 'Monitor en jaaroverzicht', en: 'Monitor and annual review' },
};

/** One parked outbox row as the services' admin endpoint lists it (libs/messaging ParkedEvent). */
interface ParkedEventView {
  position: string;
  eventId: string;
  type: string;
  aggregateId: string;
  createdAt: string;
  parkedAt: string;
  reason: string;
  heldBehind: string | null;
  bytes: number;
}

const SERVICES: ServiceName[] = ['loket', 'proposals', 'comments', 'review'];
const POSITION = /^[1-9][0-9]{0,17}$/;

/**
 * For admins: per service, the events Kafka refused for good and the events of the same aggregate
 * held behind them (see the outbox relay), with a re-queue per row. A service that does not answer
 * gets the usual message in its own section; the others are shown as normal.
 */
@Roles('admin')
@Controller('beheer/geparkeerde-events')
export class ParkedEventsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  async list(@Page() ctx: PageContext, @Query('gedaan') done: string | undefined, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const title = t('Geparkeerde events', 'Parked events');
    const results = await Promise.all(
      SERVICES.map((s) => this.services.call<{ items: ParkedEventView[]; total: number }>(s, `/api/${s}/admin/parked-events?limit=200`, { lang: ctx.lang, token: ctx.accessToken })),
    );
    const anyUnavailable = results.some((r) => !r.ok);
    const title2 = (service: ServiceName) => SERVICE_TITLES[service][ctx.lang];
    const section = (service: ServiceName, result: ServiceResult<{ items: ParkedEventView[]; total: number }>) => {
      if (!result.ok) return html`<h2 class="utrecht-heading-2">${title2(service)}</h2>${unavailableMessage(ctx, result.unavailable ?? 'error')}`;
      const { items, total } = result.data;
      return html`<h2 class="utrecht-heading-2">${title2(service)}</h2>
${
  items.length
    ? table(
        `${title2(service)}: ${total} ${t('geparkeerd', 'parked')}`,
        [t('Positie', 'Position'), t('Event', 'Event'), t('Aggregaat', 'Aggregate'), t('Geparkeerd', 'Parked'), t('Reden', 'Reason'), t('Actie', 'Action')],
        items.map((e) => [
          e.position,
          html`${e.type}<br><small>${e.eventId} · ${String(e.bytes)} bytes</small>`,
          e.aggregateId,
          formatDate(ctx, e.parkedAt, true),
          e.heldBehind ? html`${t('Wacht achter positie', 'Held behind position')} ${e.heldBehind}` : e.reason,
          html`<form method="post" action="/beheer/geparkeerde-events/${service}/${e.position}/opnieuw">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label="${t('Opnieuw aanbieden', 'Re-queue')}: ${service} ${e.position}">${t('Opnieuw aanbieden', 'Re-queue')}</button></form>`,
        ]),
      )
    : html`<p class="utrecht-paragraph">${t('Geen geparkeerde events.', 'No parked events.')}</p>`
}`;
    };
    res
      .status(anyUnavailable ? 503 : 200)
      .type('html')
      .send(
        layout(ctx, {
          title,
          section: 'parked-events',
          body: html`${heading1(title)}
${done === '1' ? alert('ok', html`<p class="utrecht-paragraph">${t('Opnieuw aangeboden; wat Kafka weer weigert, staat hieronder opnieuw.', 'Re-queued; anything Kafka refuses again is listed below again.')}</p>`) : ''}
<p class="utrecht-paragraph">${t(
            'Events die Kafka blijvend weigert (bijvoorbeeld te groot) worden geparkeerd, zodat de andere events doorgaan. Latere events van hetzelfde aggregaat wachten erachter, om de volgorde te bewaren. Los de oorzaak op en bied het event opnieuw aan: de events erachter gaan mee.',
            'Events Kafka refuses for good (too large, for instance) are parked so that the other events flow on. Later events of the same aggregate wait behind them, to keep their order. Fix the cause and re-queue the event: the events behind it go with it.',
          )}</p>
${SERVICES.map((s, i) => section(s, results[i]))}`,
        }).value,
      );
  }

  @Post(':service/:position/opnieuw')
  async requeue(@Page() ctx: PageContext, @Param('service') service: string, @Param('position') position: string, @Res() res: Response): Promise<void> {
    if (!SERVICES.includes(service as ServiceName) || !POSITION.test(position)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const result = await this.services.call(service as ServiceName, `/api/${service}/admin/parked-events/${position}/requeue`, { method: 'POST', token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, '/beheer/geparkeerde-events?gedaan=1');
      return;
    }
    if (result.status === 404) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const title = ctx.t('Geparkeerde events', 'Parked events');
    res.status(503).type('html').send(layout(ctx, { title, section: 'parked-events', body: html`${heading1(title)}${unavailableMessage(ctx, result.unavailable ?? 'error')}` }).value);
  }
}
