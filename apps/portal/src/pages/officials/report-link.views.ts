import { html, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';

/**
 * Another report named on an official's page (an original, a duplicate, a part of a split): a link
 * when the caller may open it, else its reference with "another ministry" — a link there would
 * answer 404, as the loket hides other ministries' reports.
 */
export function reportLink(ctx: PageContext, reference: string, inScope: boolean): SafeHtml {
  return inScope
    ? html`<a class="utrecht-link" href="/behandelen/${reference}">${reference}</a>`
    : html`${reference} (${ctx.msg('officials:report.otherMinistry')})`;
}
