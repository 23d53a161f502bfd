import type { Analysis } from '../../clients/analysis.types';
import { emptyForm } from '../../web/components';
import { analysisEditBody } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderAnalysisPage } from './analysis.views';

const proposalId = '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c';
const r1 = 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6';
const r2 = 'e2f3a4b5-c6d7-4e8f-9a0b-b2c3d4e5f6a7';
const analysis = (status: Analysis['status']): Analysis => ({
  id: '5c0ffee0-1234-4abc-8def-0123456789ab',
  proposalId,
  status,
  requestedAt: '2026-12-01T10:00:00.000Z',
  method: { responses: 3, k: 2, silhouette: 0.2, vocabulary: 40, durationMs: 1200 },
  themes: [
    { id: 't1', label: 'privacy, gegevens', labelSource: 'terms', terms: ['privacy', 'gegevens'], size: 2, summary: [{ text: 'Mijn gegevens horen bij mij.', responseIds: [r1, r2] }], responseIds: [r1, r2], responses: [{ id: r1, excerpt: 'Mijn gegevens horen bij mij.' }, { id: r2, excerpt: 'Privacy eerst.' }] },
    { id: 't2', label: null, labelSource: 'terms', terms: ['kosten'], size: 1, summary: [], responseIds: [], responses: [] },
  ],
  unthemed: 0,
  stances: [{ questionId: 'body', for: 1, against: 1, mixed: 0, unclear: 1 }],
  revisions: [{ seq: 1, kind: 'analysed', detail: { themes: 2, responses: 3 }, at: '2026-12-01T10:00:01.000Z' }],
  signedOffAt: status === 'signed-off' ? '2026-12-01T11:00:00.000Z' : null,
});

describe('the analysis page', () => {
  const view = (a: Analysis | null, lang: 'nl' | 'en' = 'nl') => renderAnalysisPage(testPageContext(lang), { proposalId, proposalTitle: 'Wallet', questions: new Map(), analysis: a, form: emptyForm() }).value;

  it('offers to start when there is no analysis yet', () => {
    const page = view(null);
    expect(page).toContain('Er is nog geen analyse van dit voorstel.');
    expect(page).toContain(`action="/coordinatie/voorstellen/${proposalId}/analyse"`);
  });

  it('shows a running analysis with a way to refresh, and no themes', () => {
    const page = view({ ...analysis('running'), themes: [] });
    expect(page).toContain('data-analysis-status="running"');
    expect(page).toContain('Pagina vernieuwen');
  });

  it('shows themes in review with their summary linked to the responses it rests on, the edit forms and sign-off', () => {
    const page = view(analysis('review'));
    expect(page).toContain('Nog niet vastgesteld');
    expect(page).toContain('2 reacties');
    expect(page).toContain('steunt op 2 reacties');
    expect(page).toContain(`href="#reactie-t1-${r1}"`);
    expect(page).toContain(`id="reactie-t1-${r1}"`);
    expect(page).toContain('(naam afgewezen)');
    expect(page).toContain('name="soort" value="merge"');
    expect(page).toContain('/vaststellen"');
    expect(page).toContain('geanalyseerd: 2 thema&#39;s uit 3 reacties');
  });

  it('shows a signed-off analysis without edit forms, linking to the report, in English too', () => {
    const page = view(analysis('signed-off'), 'en');
    expect(page).toContain('Signed off on');
    expect(page).toContain('To the consultation report');
    expect(page).not.toContain('name="soort"');
    expect(page).toContain('<html lang="en"');
  });
});

describe('analysisEditBody', () => {
  it('maps each form to the API request and ignores unknown kinds and bad ids', () => {
    expect(analysisEditBody({ soort: 'rename', thema: 't1', naam: 'Privacy' })).toEqual({ kind: 'rename', themeId: 't1', label: 'Privacy' });
    expect(analysisEditBody({ soort: 'split', thema: 't1', reacties: [r1, 'nope'], naam: 'Apart' })).toEqual({ kind: 'split', themeId: 't1', responseIds: [r1], label: 'Apart' });
    expect(analysisEditBody({ soort: 'move', reactie: r1, naar: 't2' })).toEqual({ kind: 'move', responseId: r1, toThemeId: 't2' });
    expect(analysisEditBody({ soort: 'merge', thema: 'x', naar: 't2' })).toEqual({ kind: 'merge', themeId: '', intoThemeId: 't2' });
    expect(analysisEditBody({ soort: 'drop' })).toBeUndefined();
  });
});
