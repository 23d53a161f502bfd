import { REGULATION_ID_PATTERN } from '@pb/contracts';
import type { Topic, TopicKind } from '../clients/subscriptions.types';
import { html, SafeHtml } from './html';
import type { PageContext } from './page-context';

/**
 * Following a topic — a theme, a regulation, a barrier in the register — by e-mail or by Atom
 * feed: the links every topic's page offers, and the topic as the portal's URLs name it.
 */

export const SUBSCRIBE_PATH = '/abonnementen/nieuw';

/** The URL parameters of a topic on the portal (Dutch, like every path): `?soort=thema&ref=1.4`. */
export const KIND_PARAM: Record<TopicKind, string> = { theme: 'thema', regulation: 'regeling', barrier: 'melding' };

export function topicFromParams(kind: unknown, ref: unknown): Topic | undefined {
  const entry = Object.entries(KIND_PARAM).find(([, v]) => v === kind);
  if (!entry || typeof ref !== 'string') return undefined;
  const patterns: Record<TopicKind, RegExp> = { theme: /^\d{1,2}(\.\d{1,2}){0,2}$/, regulation: REGULATION_ID_PATTERN, barrier: /^LKT-\d{4}-\d{6}$/ };
  const k = entry[0] as TopicKind;
  return patterns[k].test(ref) ? { kind: k, ref } : undefined;
}

export const subscribeHref = (topic: Topic): string => `${SUBSCRIBE_PATH}?soort=${KIND_PARAM[topic.kind]}&ref=${encodeURIComponent(topic.ref)}`;
export const feedHref = (topic: Topic): string => `/feeds/${KIND_PARAM[topic.kind]}/${encodeURIComponent(topic.ref)}.atom`;

/** "Thema 1.4 Digitale overheid" — the reader's words for a topic (a title when the page knows one). */
export function topicName(ctx: PageContext, topic: Topic, title?: string): string {
  const name = ctx.msg(`subscriptions:topic.${topic.kind}`, { ref: topic.ref });
  return title ? `${name} ${title}` : name;
}

/** The two links a topic's page offers: follow by e-mail, or by feed reader. */
export function followLinks(ctx: PageContext, topic: Topic, title?: string): SafeHtml {
  const name = topicName(ctx, topic, title);
  return html`<p class="utrecht-paragraph pb-follow"><a class="utrecht-link" href="${subscribeHref(topic)}">${ctx.msg('subscriptions:page.follow-by-mail', { topic: name })}</a> · <a class="utrecht-link" href="${feedHref(topic)}" type="application/atom+xml">${ctx.msg('subscriptions:page.follow-by-feed')}</a></p>`;
}

