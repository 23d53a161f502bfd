import { html, query, SafeHtml } from './html';
import type { PageContext } from './page-context';

/**
 * Paging of the pages that show an API list. The API answers `{ items, next }` with `next` a link
 * holding an opaque `cursor`; a page carries that cursor in its own link as `?vanaf=` and passes it
 * back. Forward only (keyset pages have no page numbers), plain links, so it works without JS.
 */
const CURSOR = /^[A-Za-z0-9_-]{1,2000}$/;

/** The `vanaf` of a page request, when it looks like a cursor; anything else means the first page. */
export function pageCursor(value: unknown): string | undefined {
  return typeof value === 'string' && CURSOR.test(value) ? value : undefined;
}

/** The cursor inside the API's `next` link. */
export function cursorFrom(next: string | null | undefined): string | undefined {
  if (!next) return undefined;
  return pageCursor(new URL(next, 'http://internal').searchParams.get('cursor') ?? undefined);
}

/** "Next page" (when the API has more) and "first page" (when this is not the first), keeping the page's filters. */
export function pager(ctx: PageContext, path: string, params: Record<string, string | undefined>, next: string | null | undefined, current: string | undefined): SafeHtml {
  const after = cursorFrom(next);
  if (!after && !current) return html``;
  return html`<nav aria-label="${ctx.msg('layout:pager.pagination')}" class="pb-actions">${current ? html`<a class="utrecht-link" href="${path}${query({ ...params })}">${ctx.msg('layout:pager.firstPage')}</a> ` : ''}${after ? html`<a class="utrecht-link" rel="next" href="${path}${query({ ...params, vanaf: after })}">${ctx.msg('layout:pager.nextPage')}</a>` : ''}</nav>`;
}
