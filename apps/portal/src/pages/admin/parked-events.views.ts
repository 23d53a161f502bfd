import type { ParkedEventView } from '../../clients/parked-events.client';
import type { ServiceName } from '../../clients/service-client';
import { alert, csrfField, formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';


export interface ParkedEventsSection {
  service: ServiceName;
  /** The service's parked events, or why it did not answer. */
  result: { items: ParkedEventView[]; total: number } | { unavailable: 'timeout' | 'down' | 'error' };
}

/**
 * For admins: per service, the events Kafka refused for good and the events of the same aggregate
 * held behind them (see the outbox relay), with a re-queue per row. A service that does not answer
 * gets the usual message in its own section; the others are shown as normal.
 */
export function renderParkedEvents(ctx: PageContext, sections: ParkedEventsSection[], done: boolean): SafeHtml {
  const title = ctx.msg('admin:parkedEvents.parkedEvents');
  const title2 = (service: ServiceName) => ctx.msg(`admin:parkedEvents.service.${service}`);
  const section = (service: ServiceName, result: ParkedEventsSection['result']) => {
    if (!('items' in result)) return html`<h2 class="utrecht-heading-2">${title2(service)}</h2>${unavailableMessage(ctx, result.unavailable)}`;
    const { items, total } = result;
    return html`<h2 class="utrecht-heading-2">${title2(service)}</h2>
${
  items.length
    ? table(
        `${title2(service)}: ${total} ${ctx.msg('admin:parkedEvents.parked')}`,
        [ctx.msg('admin:parkedEvents.position'), ctx.msg('admin:parkedEvents.event'), ctx.msg('admin:parkedEvents.aggregate'), ctx.msg('admin:parkedEvents.parked2'), ctx.msg('admin:parkedEvents.reason'), ctx.msg('admin:parkedEvents.action')],
        items.map((e) => [
          e.position,
          html`${e.type}<br><small>${e.eventId} · ${String(e.bytes)} bytes</small>`,
          e.aggregateId,
          formatDate(ctx, e.parkedAt, true),
          e.heldBehind ? html`${ctx.msg('admin:parkedEvents.heldBehindPosition')} ${e.heldBehind}` : e.reason,
          html`<form method="post" action="/beheer/geparkeerde-events/${service}/${e.position}/opnieuw">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label="${ctx.msg('admin:parkedEvents.reQueue')}: ${service} ${e.position}">${ctx.msg('admin:parkedEvents.reQueue')}</button></form>`,
        ]),
      )
    : html`<p class="utrecht-paragraph">${ctx.msg('admin:parkedEvents.noParkedEvents')}</p>`
}`;
  };
  return layout(ctx, {
    title,
    section: 'parked-events',
    body: html`${heading1(title)}
${done ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('admin:parkedEvents.reQueuedAnythingKafkaRefusesAgain')}</p>`) : ''}
<p class="utrecht-paragraph">${ctx.msg('admin:parkedEvents.eventsKafkaRefusesForGoodToo')}</p>
${sections.map((s) => section(s.service, s.result))}`,
  });
}

/** A re-queue the service did not answer. */
export function renderRequeueUnavailable(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.msg('admin:parkedEvents.parkedEvents');
  return layout(ctx, { title, section: 'parked-events', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}
