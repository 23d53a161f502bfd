import type { ReviewNarrative } from '../../clients/review.types';
import { exampleReview, exampleReviewTheme } from '../../clients/contract-examples';
import { testPageContext } from '../../web/test-page-context';
import { renderAnnualReview } from './public-data.views';

describe('the signed-off theme texts on the annual review page', () => {
  const theme = { ...exampleReviewTheme(), code: '1.3', title: 'Open overheid' };
  const review = { ...exampleReview(), year: 2026, revision: 2, themes: [theme] };
  const figure = { id: '1.3@2018.0:reports', value: 12, drillDown: '/api/review/years/2026/revisions/2/figures/1.3%402018.0%3Areports' };
  const narrative = (lang: 'nl' | 'en', text: string, status: 'signed-off' | 'draft' = 'signed-off'): ReviewNarrative =>
    ({ year: 2026, revision: 2, lang, themes: [{ code: '1.3', title: 'Open overheid', status, signedOff: status === 'signed-off' ? { by: 'coordinator-1', at: '2026-12-01T10:00:00Z' } : null, sentences: [{ key: 'reports', text, drafted: text, edited: false, figures: [figure] }] }] }) as unknown as ReviewNarrative;

  it('shows the English text on an English page where one was signed off', () => {
    const page = renderAnnualReview(testPageContext('en'), '2026', review, undefined, narrative('en', '12 barriers were reported in 2026.'), narrative('nl', 'In 2026 zijn 12 belemmeringen gemeld.')).value;
    expect(page).toContain('<ul class="pb-narrative"><li>12 barriers were reported in 2026.');
    expect(page).not.toContain('In 2026 zijn 12 belemmeringen gemeld.');
  });

  it('falls back to the signed-off Dutch text on an English page, marked as Dutch with a note', () => {
    const page = renderAnnualReview(testPageContext('en'), '2026', review, undefined, undefined, narrative('nl', 'In 2026 zijn 12 belemmeringen gemeld.')).value;
    expect(page).toContain('<p class="utrecht-paragraph pb-lang-note">(only available in Dutch)</p><ul class="pb-narrative" lang="nl"><li>In 2026 zijn 12 belemmeringen gemeld. <span class="pb-hint" lang="en">(');
  });

  it('never shows a draft, in either language', () => {
    const page = renderAnnualReview(testPageContext('en'), '2026', review, undefined, narrative('en', 'Draft words.', 'draft'), narrative('nl', 'Conceptwoorden.', 'draft')).value;
    expect(page).not.toMatch(/Draft words|Conceptwoorden/);
    // A Dutch page never takes the fallback.
    expect(renderAnnualReview(testPageContext('nl'), '2026', review, undefined, undefined, narrative('nl', 'Alleen als terugval.')).value).not.toContain('Alleen als terugval.');
  });
});
