import { exampleProposal } from '../../clients/contract-examples';
import type { ProposalView } from '../../clients/consultations.types';
import { emptyForm } from '../../web/components';
import { testPageContext } from '../../web/test-page-context';
import { draftFormValues, renderEditDraft, renderProposalChanges } from './proposal-changes.views';

const p: ProposalView = {
  ...exampleProposal(),
  id: '0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11',
  status: 'open',
  title: 'Werkplaatsen',
  summary: 'Samenvatting',
  theme: '1.3',
  opensAt: '2026-03-01T08:00:00Z',
  closesAt: '2026-04-01T21:59:00Z',
  body: 'Een\n\nTwee',
  textVersion: 1,
  questions: [{ id: 'q1', text: 'Wat vindt u?' }],
  documents: [{ title: 'Strategie', url: 'https://example.org/s' }],
  moderation: 'post',
};
const forms = () => ({ text: emptyForm({ body: p.body ?? '' }), closing: emptyForm({}), withdraw: emptyForm({}) });

describe('a coordinator changing a proposal', () => {
  it('offers an open proposal the three changes, each its own form, with the current text to correct', () => {
    const page = renderProposalChanges(testPageContext('nl'), { p, forms: forms() }).value;
    expect(page).toContain(`action="/coordinatie/voorstellen/${p.id}/tekst"`);
    expect(page).toContain(`action="/coordinatie/voorstellen/${p.id}/sluiting"`);
    expect(page).toContain(`action="/coordinatie/voorstellen/${p.id}/intrekken"`);
    expect(page).toContain('>Een\n\nTwee</textarea>');
    expect(page).toContain('<option value="policy-changed">Het beleid is veranderd.</option>');
  });

  it('offers a closed proposal only the withdrawal, and an answered one nothing; errors go into the summary', () => {
    const closed = renderProposalChanges(testPageContext('en'), { p: { ...p, status: 'closed' }, forms: forms() }).value;
    expect(closed).not.toContain('/tekst"');
    expect(closed).toContain('Withdraw the proposal');
    const answered = renderProposalChanges(testPageContext('nl'), { p: { ...p, status: 'answered' }, forms: forms() }).value;
    expect(answered).toContain('Dit voorstel kan niet meer worden gewijzigd.');
    const f = forms();
    f.closing = { values: { closesAt: '2026-03-01T10:00' }, errors: { closesAt: 'De nieuwe sluitingstijd moet later zijn dan de huidige.' } };
    const failed = renderProposalChanges(testPageContext('nl'), { p, forms: f }).value;
    expect(failed).toContain('href="#f-closesAt">Nieuwe sluitingstijd: De nieuwe sluitingstijd moet later zijn dan de huidige.</a>');
    expect(failed).toContain('value="2026-03-01T10:00"');
  });

  it('edits a draft with the creation form filled in, posting to the edit route', () => {
    const values = draftFormValues({ ...p, status: 'draft' });
    // Issue 11 item 6 changed this assertion: a row per question with its kind (a question stored without one is free text).
    expect(values).toMatchObject({ 'questions.0.text': 'Wat vindt u?', 'questions.0.kind': 'text', 'questions.0.options': '', documents: 'Strategie | https://example.org/s', closesAt: '2026-04-01T23:59', moderation: 'post' });
    const page = renderEditDraft(testPageContext('nl'), p, emptyForm(values), []).value;
    expect(page).toContain(`action="/coordinatie/voorstellen/${p.id}/bewerken"`);
    expect(page).toContain('<h1 class="utrecht-heading-1">Concept bewerken</h1>');
    expect(page).toContain('value="Werkplaatsen"');
  });

  it("shows a draft's questions with their kinds and options", () => {
    const draft: ProposalView = {
      ...p,
      status: 'draft',
      questions: [
        { id: 'q1', text: 'Steunt u dit voorstel?', kind: 'single-choice', options: [{ id: 'o1', label: 'Ja' }, { id: 'o2', label: 'Nee' }] },
        { id: 'q2', text: 'Hoe nuttig?', kind: 'scale' },
      ],
    };
    const values = draftFormValues(draft);
    expect(values).toMatchObject({ 'questions.0.kind': 'single-choice', 'questions.0.options': 'Ja\nNee', 'questions.1.text': 'Hoe nuttig?', 'questions.1.kind': 'scale', 'questions.1.options': '' });
    const page = renderEditDraft(testPageContext('nl'), draft, emptyForm(values), []).value;
    expect(page).toContain('value="Steunt u dit voorstel?"');
    expect(page).toContain('<option value="single-choice" selected>Eén keuze</option>');
    expect(page).toContain('>Ja\nNee</textarea>');
    expect(page).toContain('<option value="scale" selected>Schaal van 1 tot en met 5</option>');
  });
});
