import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser } from './support/browser';
import { crawl, CrawlResult, documentWidth, overflows, PER_ROUTE, REFLOW_WIDTH } from './support/crawl';
import { loginAs } from './support/pages';
import { seedPlatformData, SeededData } from './support/seed';

type Caller = 'anonymous' | 'official' | 'intake' | 'moderator' | 'coordinator' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'official', 'intake', 'moderator', 'coordinator', 'admin'];
const LANGUAGES = ['nl', 'en'] as const;
/** Per caller and language, a safety net: PER_ROUTE already bounds the crawl (about 165 with the seeded data). */
const MAX_PAGES = 600;
/** What each crawl visited, one `status path` a line, to read after a run. */
const LIST_DIR = join(__dirname, '..', 'test-artifacts', 'crawl');

/**
 * Issue 13, item 0: every link of every page reachable from the home page (and from the pages a
 * mail or a form leads to) answers 2xx/3xx, for every kind of caller, in Dutch and English, with
 * data on the pages (an open proposal with a response, a draft, a register entry, a report in the
 * queue, a compiled review). The crawl runs at 320 CSS px, so on
 * every page it reaches it also checks reflow (WCAG 1.4.10, which axe does not test): the document
 * is no wider than the viewport.
 */
describe('crawl: every link of every page answers, and every page reflows at 320 px', () => {
  const browser = useBrowser({ viewport: { width: REFLOW_WIDTH, height: 800 } });
  let seeded: SeededData;
  const summary: string[] = [];
  /**
   * The home page, and the pages no link leads to but a mail or a form does (so their reflow is
   * checked too): the confirmation after a report, the reporter's private link, the lost-link
   * confirmation, a respondent's confirmation link, an erasure's status page.
   */
  const entryPoints = (caller: Caller): string[] => {
    if (caller === 'anonymous') return ['/', `/meldingen/nieuw/ontvangen?referentie=${seeded.registerEntry}`, seeded.trackingLink, '/meldingen/link-kwijt/aangevraagd', seeded.confirmationLink];
    if (caller === 'admin') return ['/', `/beheer/verwijderverzoeken/${seeded.erasure}`];
    return ['/'];
  };

  beforeAll(async () => {
    mkdirSync(LIST_DIR, { recursive: true });
    seeded = await seedPlatformData();
  }, 240000);
  afterAll(() => {
    // The figures the issue asks for: pages per caller, and the widest page per route.
    process.stdout.write(`\ncrawl summary\n${summary.join('\n')}\n`);
  });

  it('the checks themselves fail: a dead link is reported with its referrer, a wide page overflows', async () => {
    const dead = await crawl(browser.page, 'nl', ['/bestaat-niet'], 1);
    expect(dead.badAnswers).toEqual(['404 /bestaat-niet (linked from (start))']);
    await browser.page.goto('about:blank'); // away from the portal's CSP, which blocks inline styles
    await browser.page.setContent('<html><body style="margin:0"><div style="width:600px">breed</div></body></html>');
    expect(overflows(await documentWidth(browser.page))).toBe(true);
    await browser.page.setContent('<html><body style="margin:0"><p>smal</p></body></html>');
    expect(overflows(await documentWidth(browser.page))).toBe(false);
  });

  for (const caller of CALLERS) {
    it(`${caller}: every link answers 2xx/3xx and every page fits 320 px, in Dutch and English`, async () => {
      const page = browser.page;
      await browser.context.clearCookies();
      if (caller !== 'anonymous') await loginAs(page, caller, `Crawler ${caller}`);
      const results: Record<string, CrawlResult> = {};
      for (const lang of LANGUAGES) {
        // Into the language by the switch in the header, as a person would.
        await page.goto(`${process.env.E2E_BASE_URL}/`);
        const switchLink = page.locator(`a[hreflang="${lang}"]`);
        if ((await switchLink.count()) > 0) await Promise.all([page.waitForNavigation(), switchLink.click()]);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        results[lang] = await crawl(page, lang, entryPoints(caller), MAX_PAGES);
      }

      const bad = LANGUAGES.flatMap((lang) => results[lang].badAnswers.map((b) => `[${lang}] ${b}`));
      const wide = LANGUAGES.flatMap((lang) => [...results[lang].widths].filter(([, w]) => overflows(w.width)).map(([route, w]) => `[${lang}] ${route}: ${w.width} px (${w.example})`));
      for (const lang of LANGUAGES) {
        const r = results[lang];
        writeFileSync(join(LIST_DIR, `${caller}-${lang}.txt`), [...r.visited].map(([p, status]) => `${status} ${p}`).join('\n') + '\n');
        summary.push(`${caller} ${lang}: ${r.visited.size} pages and links visited, ${r.widths.size} routes measured, ${r.skippedByRoute} links left out beyond ${PER_ROUTE} per route${r.capped ? ` (stopped at the cap of ${MAX_PAGES})` : ''}`);
        for (const [route, w] of [...r.widths].sort()) summary.push(`  ${route.padEnd(48)} ${w.width} px`);
      }

      // The crawl reached the seeded data, so the pages were checked with content, not empty.
      const all = new Set(LANGUAGES.flatMap((lang) => [...results[lang].visited.keys()]));
      expect([...all].filter((p) => p.startsWith(`/consultaties/${seeded.proposal}`)).length).toBeGreaterThan(0);
      expect(all.has(`/jaaroverzichten/${seeded.year}`)).toBe(true);
      expect(all.has('/register')).toBe(true);
      if (caller === 'official' || caller === 'intake') expect([...all].some((p) => p.startsWith(`/behandelen/${seeded.openReport}`))).toBe(true);
      // A draft is reached through its edit form; its public page does not exist yet.
      if (caller === 'coordinator') expect(all.has(`/coordinatie/voorstellen/${seeded.draft}/wijzigen`)).toBe(true);
      for (const lang of LANGUAGES) expect(results[lang].capped).toBe(false);

      expect(bad).toEqual([]);
      expect(wide).toEqual([]);
    });
  }
});
