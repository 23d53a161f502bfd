import { exampleAmendment, exampleModerationItem, exampleProposalSummary } from '../../clients/contract-examples';
import { testPageContext } from '../../web/test-page-context';
import { renderAmendments } from './amendments.views';
import { renderConsultationReportForm, renderCoordinationOverview, renderProposalForm } from './coordination.views';
import { renderModerationQueue } from './moderation.views';

const coordinator = { id: 'c1', roles: ['coordinator' as const] };
const THEMES = [{ code: '1.3', title: 'Open data' }];

describe('staff views', () => {
  it('shows each response to moderate, escaped, with the readers\' reasons in words and its own decision form', () => {
    const page = renderModerationQueue(testPageContext('nl', { id: 'm1', roles: ['moderator'] }), {
      items: [{ ...exampleModerationItem(), id: 'abc', proposalId: 'p1', status: 'pending-moderation', reason: 'flagged', flagCount: 2, body: '<a href=x>klik</a>', flags: [{ reason: 'spam', explanation: 'reclame', at: '2026-03-01T10:00:00Z' }] }],
      next: null,
      form: { values: { 'decision.abc': 'reject' }, errors: { 'reason.abc': 'Kies een reden voor het afwijzen.' } },
      done: false,
    }).value;
    expect(page).toContain('&lt;a href=x&gt;klik&lt;/a&gt;');
    expect(page).toContain('Spam of reclame: reclame');
    expect(page).toContain('Gemeld door lezers (2)');
    expect(page).toContain('<a class="utrecht-link" href="#f-reason-abc">Kies een reden voor het afwijzen.</a>');
    expect(page).toMatch(/name="decision.abc" value="reject" checked/);
    expect(page).toContain('action="/moderatie/abc"');
  });

  it('lists proposals with their status in words and the action each status allows', () => {
    const page = renderCoordinationOverview(testPageContext('en', coordinator), {
      proposals: [
        { ...exampleProposalSummary(), id: 'd1', status: 'draft', title: 'Concept <i>', summary: '', theme: '1.3', opensAt: '', closesAt: '' },
        { ...exampleProposalSummary(), id: 'c2', status: 'closed', title: 'Gesloten', summary: '', theme: '1.3', opensAt: '', closesAt: '' },
      ],
      next: null,
      done: 'gepubliceerd',
      year: 2026,
      themes: THEMES,
    }).value;
    expect(page).toContain('<td class="utrecht-table__cell">1.3 Open data</td>');
    expect(page).toContain('aria-label="Publish: Concept &lt;i&gt;"');
    expect(page).toContain('href="/coordinatie/voorstellen/c2/verslag"');
    expect(page).toContain('The proposal has been published');
    expect(page).toContain('value="2026"');
    expect(renderCoordinationOverview(testPageContext('nl', coordinator), { proposals: [], next: null, done: 'toString', year: 2026 }).value).not.toContain('utrecht-alert--ok');
  });

  it('renders the proposal form with the error summary and the typed values, themes as a choice with their titles', () => {
    const page = renderProposalForm(testPageContext('nl', coordinator), { values: { title: 'Mijn "voorstel"', theme: '1.3' }, errors: { summary: 'Verplicht.' } }, THEMES).value;
    expect(page).toContain('<a class="utrecht-link" href="#f-summary">Samenvatting: Verplicht.</a>');
    expect(page).toContain('value="Mijn &quot;voorstel&quot;"');
    expect(page).toContain('<option value="1.3" selected>1.3 Open data</option>');
    expect(renderProposalForm(testPageContext('nl', coordinator), { values: {}, errors: {} }, []).value).toContain('<input class="utrecht-textbox');
  });

  it('renders the consultation report form for the right proposal, errors on the theme they belong to', () => {
    const page = renderConsultationReportForm(testPageContext('nl', coordinator), 'p-1', 'Voorstel <b>', { values: { 'topic.2': 'Privacy' }, errors: { 'answer.2': 'Te kort.' } }).value;
    expect(page).toContain('<title>Consultatieverslag: Voorstel &lt;b&gt; — Permanent Beta</title>');
    expect(page).toContain('action="/coordinatie/voorstellen/p-1/verslag"');
    expect(page).toContain('href="#f-answer-2"');
    expect(page).toContain('value="Privacy"');
  });

  it('names an amendment\'s kind, theme (with its title) and status in words, and offers a decision while it is proposed', () => {
    const page = renderAmendments(testPageContext('nl', coordinator), {
      year: 2026,
      amendments: [{ ...exampleAmendment(), id: '4f1c2a9e-0000-4000-8000-000000000001', kind: 'add-action', themeCode: '1.3', summary: 'Samen', evidence: [{ type: 'consultation', id: '4f1c2a9e-0000-4000-8000-000000000002' }], status: 'proposed' }],
      next: null,
      themes: THEMES,
      form: { values: {}, errors: {} },
      done: 'besloten',
    }).value;
    expect(page).toContain('Actie toevoegen · thema 1.3 Open data · <span class="pb-status">Voorgesteld</span>');
    expect(page).toContain('consultatie <a class="utrecht-link" href="/consultaties/4f1c2a9e-0000-4000-8000-000000000002">');
    expect(page).toContain('action="/coordinatie/wijzigingen/4f1c2a9e-0000-4000-8000-000000000001/besluit"');
    expect(page).toContain('Het besluit is opgeslagen.');
  });
});
