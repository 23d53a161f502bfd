import type { ParkedEventView } from '../../clients/parked-events.client';
import type { ServiceName } from '../../clients/service-client';
import { alert, csrfField, formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/** The services as a reader knows them (their codes are for the URLs). */
const SERVICE_TITLES: Record<ServiceName, { nl: string; en: string }> = {
  loket: { nl: 'Loket (meldingen)', en: 'Loket (barrier reports)' },
  proposals: { nl: 'Strategie en voorstellen', en: 'Strategy and proposals' },
  comments: { nl: 'Reacties', en: 'Responses' },
  review: { nl: 'Monitor en jaaroverzicht', en: 'Monitor and annual review' },
};

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
  const t = ctx.t;
  const title = t('Geparkeerde events', 'Parked events');
  const title2 = (service: ServiceName) => SERVICE_TITLES[service][ctx.lang];
  const section = (service: ServiceName, result: ParkedEventsSection['result']) => {
    if (!('items' in result)) return html`<h2 class="utrecht-heading-2">${title2(service)}</h2>${unavailableMessage(ctx, result.unavailable)}`;
    const { items, total } = result;
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
  return layout(ctx, {
    title,
    section: 'parked-events',
    body: html`${heading1(title)}
${done ? alert('ok', html`<p class="utrecht-paragraph">${t('Opnieuw aangeboden; wat Kafka weer weigert, staat hieronder opnieuw.', 'Re-queued; anything Kafka refuses again is listed below again.')}</p>`) : ''}
<p class="utrecht-paragraph">${t(
            'Events die Kafka blijvend weigert (bijvoorbeeld te groot) worden geparkeerd, zodat de andere events doorgaan. Latere events van hetzelfde aggregaat wachten erachter, om de volgorde te bewaren. Los de oorzaak op en bied het event opnieuw aan: de events erachter gaan mee.',
            'Events Kafka refuses for good (too large, for instance) are parked so that the other events flow on. Later events of the same aggregate wait behind them, to keep their order. Fix the cause and re-queue the event: the events behind it go with it.',
          )}</p>
${sections.map((s) => section(s.service, s.result))}`,
  });
}

/** A re-queue the service did not answer. */
export function renderRequeueUnavailable(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.t('Geparkeerde events', 'Parked events');
  return layout(ctx, { title, section: 'parked-events', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}
