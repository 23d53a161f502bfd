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
    // A draft's public page answers 404: its title opens its edit form; a published one's its public page.
    expect(page).toContain('<a class="utrecht-link" href="/coordinatie/voorstellen/d1/wijzigen">Concept &lt;i&gt;</a>');
    expect(page).not.toContain('href="/consultaties/d1"');
    expect(page).toContain('<a class="utrecht-link" href="/consultaties/c2">Gesloten</a>');
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

  it('offers per question its text, its kind and the options of a choice, a fixed number of rows, each with its own errors (nl and en)', () => {
    const empty = renderProposalForm(testPageContext('nl', coordinator), { values: {}, errors: {} }, []).value;
    expect(empty.match(/<legend class="utrecht-form-fieldset__legend">Vraag \d+<\/legend>/g)).toHaveLength(5);
    expect(empty).toContain('<label class="utrecht-form-label" for="f-questions-0-kind">Soort vraag</label>');
    expect(empty).toContain('<option value="text" selected>Open vraag (vrije tekst)</option>');
    expect(empty).toContain('<option value="single-choice">Eén keuze</option>');
    expect(empty).toContain('<option value="multiple-choice">Meerdere keuzes</option>');
    expect(empty).toContain('<option value="scale">Schaal van 1 tot en met 5</option>');
    expect(empty).toContain('name="questions.4.options"');
    expect(empty).not.toContain('name="questions.5.text"');
    expect(empty).not.toContain('name="questions"');

    const failed = renderProposalForm(
      testPageContext('en', coordinator),
      { values: { 'questions.0.text': 'Do you support it?', 'questions.0.kind': 'single-choice', 'questions.0.options': 'Yes\nNo', 'questions.5.text': 'Which <topics>?', 'questions.5.kind': 'multiple-choice' }, errors: { 'questions.5.options': 'Give at least 2 options.' } },
      [],
    ).value;
    // A sixth filled row shows, with one empty row after it.
    expect(failed).toContain('name="questions.6.text"');
    expect(failed).not.toContain('name="questions.7.text"');
    expect(failed).toContain('<option value="single-choice" selected>One choice</option>');
    expect(failed).toContain('>Yes\nNo</textarea>');
    expect(failed).toContain('value="Which &lt;topics&gt;?"');
    expect(failed).toContain('<option value="multiple-choice" selected>Several choices</option>');
    expect(failed).toContain('<a class="utrecht-link" href="#f-questions-5-options">Question 6 — Answer options: Give at least 2 options.</a>');
    expect(failed).toContain('id="f-questions-5-options-error"');
    expect(failed).toContain('Only for a choice question: one answer option per line, 2 to 20.');
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

  it('starts the consultation report from the signed-off analysis: its largest themes as topics with their responses, and what was said', () => {
    const r1 = 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6';
    const theme = (id: string, label: string, size: number) => ({ id, label, labelSource: 'coordinator' as const, terms: [], size, summary: [{ text: `Zin over ${label}.`, responseIds: [r1] }], responseIds: Array.from({ length: size }, () => r1), responses: [] });
    const analysis = {
      id: 'a1', proposalId: 'p-1', status: 'signed-off' as const, requestedAt: '2026-12-01T10:00:00Z', method: null, unthemed: 0, stances: [], revisions: [], signedOffAt: '2026-12-01T11:00:00Z',
      themes: [theme('t1', 'Klein', 1), theme('t2', 'Privacy', 3), theme('t3', 'Kosten', 2), theme('t4', 'Aanleg', 2)],
    };
    const page = renderConsultationReportForm(testPageContext('nl', coordinator), 'p-1', 'Voorstel', { values: {}, errors: {} }, undefined, undefined, [], [], analysis).value;
    expect(page).toContain('U zei: de thema&#39;s uit de vastgestelde analyse');
    expect(page).toContain('<q>Zin over Klein.</q>');
    // Each sentence links to the responses it rests on: the reading room filtered on its theme.
    expect(page).toContain('<q>Zin over Privacy.</q> — <a class="utrecht-link" href="/coordinatie/voorstellen/p-1/leeszaal?thema=t2">steunt op 1 reactie</a>');
    expect(page).toMatch(/name="topic\.1"[^>]*value="Privacy"/);
    expect(page).toMatch(/name="topic\.2"[^>]*value="Kosten"/);
    expect(page).toMatch(/name="topic\.3"[^>]*value="Aanleg"/);
    expect(page.match(/type="hidden" name="responses\.1"/g)).toHaveLength(3);
    // Without a signed-off analysis: nothing prefilled, a way to the analysis.
    const none = renderConsultationReportForm(testPageContext('nl', coordinator), 'p-1', 'Voorstel', { values: {}, errors: {} }).value;
    expect(none).toContain('Er is nog geen vastgestelde analyse van de reacties.');
    expect(none).not.toContain('name="responses.1" value');
  });
});
