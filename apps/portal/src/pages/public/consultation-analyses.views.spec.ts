import { exampleReview, exampleReviewTheme } from '../../clients/contract-examples';
import { testPageContext } from '../../web/test-page-context';
import { renderAnnualReview } from './public-data.views';

describe('the signed-off consultation analyses on the annual review page', () => {
  const analysis = {
    proposalId: 'p1',
    title: 'Open <data>',
    responses: 42,
    themes: [
      { themeId: 't1', label: 'Regeldruk', size: 40 },
      { themeId: 't2', label: null, size: 2 },
    ],
    stances: [{ questionId: 'body', for: 20, against: 10, mixed: 8, unclear: 4 }],
    signedOffAt: '2026-11-02T10:00:00Z',
  };
  const review = (analyses: (typeof analysis)[]) => ({ ...exampleReview(), year: 2026, revision: 2, themes: [{ ...exampleReviewTheme(), code: '1.3', title: 'Open overheid', consultationAnalyses: analyses }] });

  it('shows each under its theme as a sentence, the title escaped and linked to the consultation’s report, in the page’s language', () => {
    const nl = renderAnnualReview(testPageContext('nl'), '2026', review([analysis]), undefined).value;
    expect(nl).toContain('<h4 class="utrecht-heading-4">Analyse van de consultatiereacties</h4>');
    expect(nl).toContain(
      '<p class="utrecht-paragraph">Consultatie ‘<a class="utrecht-link" href="/consultaties/p1#verslag">Open &lt;data&gt;</a>’: 42 reacties geanalyseerd in 2 thema&#39;s: Regeldruk (40), thema t2 (2); standpunt per vraag: de reactie zelf: voor 20, tegen 10, gemengd 8, onduidelijk 4.</p>',
    );
    const en = renderAnnualReview(testPageContext('en'), '2026', review([{ ...analysis, responses: 1, themes: [analysis.themes[0]], stances: [] }]), undefined).value;
    expect(en).toContain('Consultation ‘<a class="utrecht-link" href="/consultaties/p1#verslag">Open &lt;data&gt;</a>’: 1 response analysed in 1 theme: Regeldruk (40).');
  });

  it('shows no heading for a theme without one', () => {
    expect(renderAnnualReview(testPageContext('nl'), '2026', review([]), undefined).value).not.toContain('Analyse van de consultatiereacties');
  });
});
