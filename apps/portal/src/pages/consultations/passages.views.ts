import type { PassageCount, ProposalView, PublicResponse } from '../../clients/consultations.types';
import { alert, FormState, selectField, textField } from '../../web/components';
import { html, raw, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';

/**
 * The parts of the proposal page about its text as anchored paragraphs (issue 11): per paragraph
 * how many responses point at it and a link to exactly those (a plain link: no JavaScript), the
 * note that the text was corrected, what a response points at, and a withdrawn proposal.
 */

type Paragraph = NonNullable<ProposalView['paragraphs']>[number];

/** A paragraph's number as a reader sees it: its position in the current text. */
export function paragraphNumbers(p: ProposalView): Map<string, number> {
  return new Map((p.paragraphs ?? []).map((x, i) => [x.anchor, i + 1]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The first words of a paragraph's (safe) HTML as plain text, for the paragraph chooser. */
function opening(paragraphHtml: string, max = 60): string {
  const text = paragraphHtml
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The body paragraph by paragraph, each with its count and links; falls back to the whole body without anchors. */
export function anchoredBody(
  ctx: PageContext,
  p: ProposalView,
  counts: PassageCount[] | null,
  open: boolean,
  /** 'nl' on an English page: the paragraphs are Dutch (WCAG 3.1.2), the links and counts around them not. */
  textLang?: 'nl',
): SafeHtml {
  const langAttr = raw(textLang ? ` lang="${textLang}"` : '');
  if (!p.paragraphs?.length) return html`<div class="utrecht-rich-text pb-section"${langAttr}>${raw(p.bodyHtml ?? '')}</div>`;
  const byAnchor = new Map((counts ?? []).map((c) => [c.anchor, c]));
  const note = (p.textVersion ?? 1) > 1 ? alert('info', html`<p class="utrecht-paragraph">${ctx.msg('proposal-text:text.corrected', { version: p.textVersion ?? 1 })}</p>`) : '';
  return html`${note}<div class="pb-section">${p.paragraphs.map((x, i) => paragraphBlock(ctx, p, x, i + 1, byAnchor.get(x.anchor), counts !== null, open, langAttr))}</div>`;
}

function paragraphBlock(ctx: PageContext, p: ProposalView, x: Paragraph, number: number, count: PassageCount | undefined, countsKnown: boolean, open: boolean, langAttr: SafeHtml): SafeHtml {
  const n = count?.count ?? 0;
  const links = [
    countsKnown
      ? n
        ? html`<a class="utrecht-link" href="/consultaties/${p.id}?alinea=${x.anchor}#reacties">${ctx.msg('proposal-text:paragraph.responses', { count: n })}</a>`
        : html`${ctx.msg('proposal-text:paragraph.responses', { count: 0 })}`
      : '',
    count?.onEarlierText ? html`${ctx.msg('proposal-text:paragraph.earlier', { count: count.onEarlierText })}` : '',
    open ? html`<a class="utrecht-link" href="/consultaties/${p.id}?over=${x.anchor}#reageren">${ctx.msg('proposal-text:paragraph.respond', { number })}</a>` : '',
  ].filter((l) => l !== '');
  return html`<div class="pb-paragraph" id="alinea-${x.anchor}" data-anchor="${x.anchor}">
<div class="utrecht-rich-text"${langAttr}>${raw(x.html)}</div>
<p class="utrecht-paragraph pb-paragraph-meta"><span class="pb-visually-hidden">${ctx.msg('proposal-text:paragraph.label', { number })}: </span>${links.map((l, i) => html`${i ? ' · ' : ''}${l}`)}</p>
</div>`;
}

/** Above the list when it is filtered on one paragraph: which one, and the way back to all. */
export function passageFilterHeading(ctx: PageContext, p: ProposalView, anchor: string): SafeHtml {
  const number = paragraphNumbers(p).get(anchor);
  return html`<p class="utrecht-paragraph" id="alinea-filter">${
    number ? ctx.msg('proposal-text:filter.heading', { number }) : ctx.msg('proposal-text:filter.removed')
  } · <a class="utrecht-link" href="/consultaties/${p.id}#reacties">${ctx.msg('proposal-text:filter.all')}</a></p>`;
}

export function passageFilterEmpty(ctx: PageContext): SafeHtml {
  return html`<p class="utrecht-paragraph">${ctx.msg('proposal-text:filter.none')}</p>`;
}

/** What a response points at, and whether that paragraph changed since (or left the text). */
export function responsePassage(ctx: PageContext, p: ProposalView, r: PublicResponse): SafeHtml {
  if (!r.passage) return html``;
  const number = paragraphNumbers(p).get(r.passage.anchor);
  const about = number && !r.passage.removed
    ? html`<a class="utrecht-link" href="#alinea-${r.passage.anchor}">${ctx.msg('proposal-text:response.about', { number })}</a>`
    : html`${ctx.msg('proposal-text:response.aboutRemoved')}`;
  return html`<p class="utrecht-paragraph pb-passage">${about}${r.passage.quote ? html`: <q>${r.passage.quote}</q>` : ''}</p>
${r.passage.earlierText ? html`<p class="utrecht-paragraph pb-passage-note">${ctx.msg('proposal-text:response.earlier', { version: r.passage.textVersion })}</p>` : ''}`;
}

/** The response form's choice of paragraph and the quoted words (both optional; not for replies). */
export function passageFields(ctx: PageContext, p: ProposalView, form: FormState): SafeHtml {
  if (!p.paragraphs?.length || form.values.parentId) return html``;
  return html`${selectField(ctx, form, {
    name: 'passage',
    label: ctx.msg('proposal-text:form.passage'),
    optional: true,
    placeholder: ctx.msg('proposal-text:form.whole'),
    options: p.paragraphs.map((x, i) => ({ value: x.anchor, label: ctx.msg('proposal-text:form.option', { number: i + 1, opening: opening(x.html) }) })),
  })}
${textField(ctx, form, { name: 'quote', label: ctx.msg('proposal-text:form.quote'), optional: true, hint: ctx.msg('proposal-text:form.quoteHint') })}`;
}

/** A withdrawn proposal: says so, why, and that responding stopped. */
export function withdrawalNotice(ctx: PageContext, p: ProposalView): SafeHtml {
  if (!p.withdrawal) return html``;
  return alert(
    'warning',
    html`<h2 class="utrecht-heading-2" id="ingetrokken">${ctx.msg('proposal-text:withdrawn.heading')}</h2>
<p class="utrecht-paragraph">${ctx.msg(`proposal-text:withdrawn.reason.${p.withdrawal.reason}`)}</p>
<p class="utrecht-paragraph pb-response-body">${p.withdrawal.explanation}</p>
<p class="utrecht-paragraph">${ctx.msg('proposal-text:withdrawn.closed')}</p>`,
  );
}
