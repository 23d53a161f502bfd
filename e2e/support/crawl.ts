import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** WCAG 1.4.10 Reflow: content at 320 CSS px wide without scrolling in two directions. */
export const REFLOW_WIDTH = 320;
/** Sub-pixel rounding of scrollWidth. */
const REFLOW_TOLERANCE = 1;

/** How wide the document is, in CSS px (more than the viewport means sideways scrolling). */
export async function documentWidth(page: Page): Promise<number> {
  // A string expression: this file is compiled without the DOM library.
  return (await page.evaluate('document.documentElement.scrollWidth')) as number;
}

export function overflows(width: number): boolean {
  return width > REFLOW_WIDTH + REFLOW_TOLERANCE;
}

/** Never followed: they end the session or leave the crawl's language. */
const NOT_FOLLOWED = [/^\/uitloggen(\/|$|\?)/];

/** Paths that are not pages: their answer is checked, their body is not read for links. */
const NOT_A_PAGE = /^\/(api|assets|health|metrics)(\/|$)|\.(csv|json|pdf|xml|txt|svg|ico|png)($|\?)/;

export interface CrawlResult {
  /** Every distinct path+query asked for, with its answer. */
  visited: Map<string, number>;
  /** `status url (linked from referrer)` for every answer other than 2xx/3xx. */
  badAnswers: string[];
  /** Per route (ids replaced by :id), the widest document seen at 320 px. */
  widths: Map<string, { width: number; example: string }>;
  /** True when the cap stopped the crawl before the queue was empty. */
  capped: boolean;
  /** Links not followed because their route had been visited PER_ROUTE times already. */
  skippedByRoute: number;
}

/**
 * Distinct path+query per route (ids replaced): fifteen consultations or reports say what one says
 * about a page, and the crawl stays bounded however much data the other specs left behind. (It was
 * forty: about 370 pages per caller and language, 440 s of the CI run for twelve crawls.)
 */
export const PER_ROUTE = 15;

/**
 * `/consultaties/3f2…` → `/consultaties/:id`, `/behandelen/LKT-2026-000001` → `/behandelen/:id`, and
 * a review figure (`…/cijfers/1.1%402018.0%3Areports`, an encoded `theme@version:metric`) → `…/cijfers/:id`:
 * a review has about 120 figures, one page each, all the same page.
 */
export function routeOf(pathAndQuery: string): string {
  const path = pathAndQuery.split('?')[0];
  return path
    .split('/')
    .map((seg) => (/^(LKT-\d{4}-\d+|[0-9a-f]{8}-[0-9a-f-]{27}|\d+(\.\d+)*|[^/]*%3A[^/]*)$/i.test(seg) ? ':id' : seg))
    .join('/');
}

// The links a page offers: a[href], and each GET form submitted with its current (default) values.
const LINKS_ON_PAGE = `(() => {
  const out = [];
  for (const a of document.querySelectorAll('a[href]')) out.push({ href: a.href, hreflang: a.getAttribute('hreflang') });
  for (const f of document.querySelectorAll('form')) {
    if ((f.getAttribute('method') || 'get').toLowerCase() !== 'get') continue;
    const u = new URL(f.action, location.href);
    for (const [k, v] of new FormData(f)) if (typeof v === 'string') u.searchParams.append(k, v);
    out.push({ href: u.href, hreflang: null });
  }
  return out;
})()`;

/** Tabs a crawl loads pages in at once: the platform's processes and the browser share two cores, and one tab left them idle half the time. */
export const CRAWL_TABS = Number(process.env.E2E_CRAWL_TABS ?? 3);

/**
 * Follows every same-origin link from the start pages, breadth first, in the language and session the page
 * already has: each distinct path+query once, at most `max` of them. Pages are loaded in the
 * browser (so their width is measured at the page's viewport) — in `page` and up to `tabs - 1`
 * more tabs of its context, which share its cookies (session and language); everything else is
 * asked for with the page's cookies and only its status is kept.
 */
export async function crawl(page: Page, lang: 'nl' | 'en', starts: string[] = ['/'], max = 300, tabs = CRAWL_TABS): Promise<CrawlResult> {
  const origin = new URL(baseUrl()).origin;
  const visited = new Map<string, number>();
  const widths = new Map<string, { width: number; example: string }>();
  const badAnswers: string[] = [];
  const queue: { target: string; referrer: string }[] = starts.map((target) => ({ target, referrer: '(start)' }));
  const queued = new Set<string>(starts);
  const perRoute = new Map<string, number>();
  let skippedByRoute = 0;
  let started = 0;
  let busy = 0;

  const visit = async (tab: Page, target: string, referrer: string): Promise<void> => {
    let status: number;
    let isPage = false;
    if (NOT_A_PAGE.test(target)) {
      status = (await tab.request.get(`${origin}${target}`)).status();
    } else {
      try {
        const res = await tab.goto(`${origin}${target}`);
        status = res?.status() ?? 0;
        isPage = (res?.headers()['content-type'] ?? '').includes('text/html');
      } catch {
        // A download (Content-Disposition: attachment) aborts the navigation: ask for it instead.
        status = (await tab.request.get(`${origin}${target}`)).status();
      }
    }
    visited.set(target, status);
    if (status < 200 || status >= 400) badAnswers.push(`${status} ${target} (linked from ${referrer})`);
    if (!isPage || status >= 400) return;
    const landed = new URL(tab.url());
    if (landed.origin !== origin) return;
    const width = await documentWidth(tab);
    const route = routeOf(target);
    if (width > (widths.get(route)?.width ?? -1)) widths.set(route, { width, example: target });

    const links = (await tab.evaluate(LINKS_ON_PAGE)) as { href: string; hreflang: string | null }[];
    for (const link of links) {
      const url = new URL(link.href, landed);
      if (url.origin !== origin) continue;
      if (link.hreflang && link.hreflang !== lang) continue; // the language switch: the other crawl
      const asked = url.searchParams.get('lang');
      if (asked && asked !== lang) continue;
      const next = `${url.pathname}${url.search}`;
      if (NOT_FOLLOWED.some((re) => re.test(next)) || queued.has(next)) continue;
      const seen = perRoute.get(routeOf(next)) ?? 0;
      if (seen >= PER_ROUTE) {
        skippedByRoute++;
        continue;
      }
      perRoute.set(routeOf(next), seen + 1);
      queued.add(next);
      queue.push({ target: next, referrer: `${landed.pathname}${landed.search}` });
    }
  };

  // Each tab takes the next link in the queue; an empty queue ends the crawl only once no tab is
  // still reading a page (its links may fill the queue again).
  const worker = async (tab: Page): Promise<void> => {
    for (;;) {
      const item = started < max ? queue.shift() : undefined;
      if (!item) {
        if (busy === 0 || started >= max) return;
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      started++;
      busy++;
      try {
        await visit(tab, item.target, item.referrer);
      } finally {
        busy--;
      }
    }
  };
  const extra = await Promise.all(Array.from({ length: Math.max(0, Math.min(tabs, max) - 1) }, () => page.context().newPage()));
  try {
    await Promise.all([page, ...extra].map(worker));
  } finally {
    await Promise.all(extra.map((t) => t.close()));
  }
  return { visited, badAnswers, widths, capped: queue.length > 0, skippedByRoute };
}
