import { axeViolations, describeViolations } from './support/axe';
import { api, staffToken, until } from './support/api';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { confirmedResponse } from './support/seed';
import { uniqueSuffix } from './support/pages';

interface Question {
  id: string;
  kind?: string;
  options?: { id: string; label: string }[];
}
interface QuestionResult {
  questionId: string;
  kind: string;
  answered: number;
  counts: { value: string; label: string; count: number }[];
}

/** Each chart's data table on the page: its caption and its rows (header cell, then the numbers). */
const chartTables = (page: import('playwright-core').Page) =>
  page.$$eval('section[aria-labelledby="uitkomsten"] figure.pb-chart table', (tables) =>
    tables.map((t) => ({
      caption: t.querySelector('caption')?.textContent?.trim() ?? '',
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    })),
  );

/**
 * Issue 11 item 6, in the browser: once a consultation has closed, its public page shows the
 * results per choice and scale question — a chart with its data table — and that table holds
 * exactly what the comments service counted; before closing the results are not public.
 */
describe('results per question on a closed consultation', () => {
  const browser = useBrowser();

  it('shows every choice and scale question as a chart whose table equals the counts, in Dutch and in English, accessible', async () => {
    const { page } = browser;
    const coordinator = staffToken(['coordinator'], { name: 'E2E Coördinator' });
    const suffix = uniqueSuffix();
    const now = Date.now();
    // Open in a moment, closed in 70 s: time for three confirmed responses (the scheduler looks every second).
    const created = await api<{ id: string }>(
      'POST',
      '/api/proposals',
      {
        title: `Werkplaatsen voor digitale vaardigheden ${suffix}`,
        summary: 'Een werkplaats per regio waar mkb-medewerkers digitale vaardigheden leren.',
        body: 'Wij stellen voor in elke regio een werkplaats te openen.',
        theme: '2.2.2',
        questions: [
          { text: 'Steunt u dit voorstel?', kind: 'single-choice', options: ['Ja', 'Nee', 'Weet ik niet'] },
          { text: 'Hoe nuttig is een werkplaats voor u?', kind: 'scale' },
        ],
        opensAt: new Date(now + 1500).toISOString(),
        closesAt: new Date(now + 70_000).toISOString(),
        moderation: 'post',
      },
      coordinator,
    );
    expect(created.status).toBe(201);
    const id = created.data.id;
    expect((await api('POST', `/api/proposals/${id}/publish`, {}, coordinator)).status).toBeLessThan(300);
    const proposal = await until('the consultation to open', async () => {
      const r = await api<{ status: string; questions: Question[] }>('GET', `/api/proposals/${id}`);
      return r.data?.status === 'open' ? r.data : undefined;
    }, 60000, 300);
    const [support, usefulness] = proposal.questions;
    const option = (label: string) => support.options!.find((o) => o.label === label)!.id;

    const answers: [string, number][] = [['Ja', 5], ['Ja', 4], ['Nee', 2]];
    for (const [i, [choice, value]] of answers.entries()) {
      await confirmedResponse(id, `Reactie ${i + 1} op de werkplaatsen.`, { name: `Respondent ${i + 1}`, email: `results-${i}-${suffix}@example.org` }, [
        { questionId: support.id, choice: option(choice) },
        { questionId: usefulness.id, value },
      ]);
      // Not public while open (asked right after the first response, far from the closing time): the counts would steer the responses still to come.
      if (i === 0) expect((await api('GET', `/api/proposals/${id}/comments/results`)).status).toBe(409);
    }

    const results = await until('the results to become public after closing', async () => {
      const r = await api<{ items: QuestionResult[] }>('GET', `/api/proposals/${id}/comments/results`);
      return r.status === 200 ? r.data.items : undefined;
    }, 120000, 1000);
    const byQuestion = new Map(results.map((r) => [r.questionId, r]));
    expect(byQuestion.get(support.id)!.counts.map((c) => [c.label, c.count])).toEqual([['Ja', 2], ['Nee', 1], ['Weet ik niet', 0]]);
    expect(byQuestion.get(usefulness.id)!.counts.map((c) => c.count)).toEqual([0, 1, 0, 1, 1]);

    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/consultaties/${id}?lang=${lang}`);
      expect((await page.textContent('#proposal-status'))!.trim()).toBe(lang === 'nl' ? 'Gesloten' : 'Closed');
      const tables = await chartTables(page);
      expect(tables).toHaveLength(2);
      expect(await page.locator('section[aria-labelledby="uitkomsten"] figure.pb-chart svg').count()).toBe(2);
      // The table is the chart's accessible equivalent: the same numbers the service counted.
      expect(tables.map((t) => t.rows.map(([label, count]) => [label, Number(count)]))).toEqual([
        byQuestion.get(support.id)!.counts.map((c) => [c.label, c.count]),
        byQuestion.get(usefulness.id)!.counts.map((c) => [c.label, c.count]),
      ]);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    await screenshot(page, 'closed-consultation-results');
  });
});
