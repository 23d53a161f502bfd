import type { ProposalView, PublicResponse } from '../../clients/consultations.types';
import { html, query, SafeHtml } from '../../web/html';
import type { ReportTopicPart } from '../../web/forms';
import type { PageContext } from '../../web/page-context';

/*
 * "You said, we did" (issue 11 item 4): each topic of the consultation report links to the public
 * responses it rests on. The link opens the proposal page with the responses list narrowed to the
 * topic's responses (the comments service's `ids`), wherever they are in the paged list; the ones
 * that are not public are counted, never shown.
 */

/** The proposal page narrowed to a report topic (one hundred of its responses at a time). */
export function topicHref(p: ProposalView, index: number, part = 1): string {
  return `/consultaties/${p.id}${query({ onderwerp: index, deel: part > 1 ? part : undefined })}#reacties`;
}

/** Under a topic of the report: how many responses it answers, linking to them. */
export function topicResponsesLink(ctx: PageContext, p: ProposalView, index: number, responseIds: readonly string[] | undefined): SafeHtml {
  const count = new Set(responseIds ?? []).size;
  if (!count) return html``;
  return html`<p class="utrecht-paragraph"><a class="utrecht-link" href="${topicHref(p, index)}">${ctx.msg('consultations:reportTopic.answers', { count })}</a></p>`;
}

/**
 * The topic's ids (of the part shown) that the page does not show: not public, not published (yet),
 * gone, or a reply whose parent is not among them (replies are shown under their parent only, so a
 * public reply to a hidden response never surfaces alone). Hence "not shown here", not "not public".
 */
export function notShownCount(topic: ReportTopicPart, items: readonly PublicResponse[]): number {
  const shown = new Set<string>();
  const walk = (r: PublicResponse): void => {
    shown.add(r.id);
    r.replies.forEach(walk);
  };
  items.forEach(walk);
  return topic.ids.filter((id) => !shown.has(id)).length;
}

/** Above the topic's responses: back to all of them, which part this is, and how many are not shown. */
export function topicFilterIntro(ctx: PageContext, p: ProposalView, topic: ReportTopicPart, items: readonly PublicResponse[] | null): SafeHtml {
  const notShown = items ? notShownCount(topic, items) : 0;
  return html`<p class="utrecht-paragraph" id="onderwerp-filter"><a class="utrecht-link" href="/consultaties/${p.id}#reacties">${ctx.msg('consultations:reportTopic.all')}</a></p>
${topic.parts > 1 ? html`<p class="utrecht-paragraph">${ctx.msg('consultations:reportTopic.part', { from: topic.from, to: topic.from + topic.ids.length - 1, count: topic.count })}</p>` : ''}
${notShown ? html`<p class="utrecht-paragraph" data-not-shown="${notShown}">${ctx.msg('consultations:reportTopic.notShown', { count: notShown })}</p>` : ''}`;
}

/** When none of the topic's responses (of this part) is public. */
export function topicFilterEmpty(ctx: PageContext): SafeHtml {
  return html`<p class="utrecht-paragraph">${ctx.msg('consultations:reportTopic.none')}</p>`;
}

/** The topic's parts, a hundred responses each: the previous and the next, as plain links. */
export function topicParts(ctx: PageContext, p: ProposalView, topic: ReportTopicPart): SafeHtml {
  if (topic.parts < 2) return html``;
  return html`<nav aria-label="${ctx.msg('layout:pager.pagination')}" class="pb-actions">${topic.part > 1 ? html`<a class="utrecht-link" rel="prev" href="${topicHref(p, topic.index, topic.part - 1)}">${ctx.msg('consultations:reportTopic.previousPart')}</a> ` : ''}${topic.part < topic.parts ? html`<a class="utrecht-link" rel="next" href="${topicHref(p, topic.index, topic.part + 1)}">${ctx.msg('consultations:reportTopic.nextPart')}</a>` : ''}</nav>`;
}
