import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';

interface ThemeText {
  code: string;
  sentences: { key: string; text: string }[];
}

/**
 * Issue 12 item 3: a theme's text, signed off by a coordinator, in the review's HTML document (each
 * language) and on the English page as Dutch with a note — accessible. A year no other journey
 * compiles, so the text and its sign-off are this test's own.
 */
describe('a signed-off theme text in the annual review', () => {
  const browser = useBrowser();
  const year = 2017;
  const coordinator = staffToken(['coordinator'], { name: 'Text Coordinator' });

  it('appears in the HTML documents and the page, never as a draft, and they stay accessible', async () => {
    const { page } = browser;
    const started = await api<{ id: string }>('POST', `/api/review/years/${year}/compile`, {}, coordinator);
    expect(started.status).toBe(202);
    const job = await until('the compile job', async () => {
      const j = await api<{ status: string; revision: number | null }>('GET', `/api/review/jobs/${started.data.id}`);
      return j.data.status === 'completed' || j.data.status === 'failed' ? j.data : undefined;
    }, 90000);
    expect(job.status).toBe('completed');
    const drafts = await api<{ themes: ThemeText[] }>('GET', `/api/review/years/${year}/narrative?revision=${job.revision}`, undefined, coordinator);
    const [signed, draft] = drafts.data.themes.filter((t) => t.code !== '-');
    const path = (code: string) => `/api/review/years/${year}/revisions/${job.revision}/narrative/${code}`;
    const words = `E2E ondertekend ${Date.now()}: ${signed.sentences[0].text}`;
    expect((await api('PUT', path(signed.code), { sentences: [{ key: signed.sentences[0].key, text: words }] }, coordinator)).status).toBe(204);
    expect((await api('PUT', path(draft.code), { sentences: [{ key: draft.sentences[0].key, text: 'E2E concept, niet openbaar.' }] }, coordinator)).status).toBe(204);
    expect((await api('POST', `${path(signed.code)}/sign-off`, {}, coordinator)).status).toBe(204);

    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/api/review/years/${year}.html?lang=${lang}&revision=${job.revision}`);
      const main = (await page.textContent('main')) ?? '';
      expect(main).toContain(words);
      expect(main).not.toContain('E2E concept');
      if (lang === 'en') expect(await page.locator('.narrative div[lang="nl"]').count()).toBe(1);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    await screenshot(page, 'review-document-signed-off-text');

    await page.goto(`${baseUrl()}/jaaroverzichten/${year}?lang=en`);
    expect(await page.textContent('main')).toContain(words);
    expect(await page.textContent('main')).toContain('(only available in Dutch)');
    expect(await page.textContent('main')).not.toContain('E2E concept');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });
});
