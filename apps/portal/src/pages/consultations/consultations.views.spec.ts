import { exampleProposal } from '../../clients/contract-examples';
import type { ProposalView, PublicResponse } from '../../clients/consultations.types';
import { responseFormErrors, responseRequestBody } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderConfirmPage, renderConsultationList, renderProposal } from './consultations.views';

const THEMES = [{ code: '1.3', title: 'Open data' }];
const proposal: ProposalView = {
  ...exampleProposal(),
  id: '0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11',
  status: 'open',
  title: 'Open <data>',
  summary: 'Samenvatting',
  theme: '1.3',
  opensAt: '2026-03-01T08:00:00Z',
  closesAt: '2026-04-01T08:00:00Z',
  questions: [{ id: 'q1', text: 'Wat vindt u?' }],
  bodyHtml: '<p>Door de service gerenderd</p>',
};
const response: PublicResponse = { id: 'r1', body: '<script>x</script>', answers: [], onBehalfOf: null, publishedAt: '2026-03-02T08:00:00Z', supportCount: 3, passage: null, replies: [] };

describe('consultations views', () => {
  it('shows a proposal with its theme titled, the service\'s rendered body, and responses escaped', () => {
    const page = renderProposal(testPageContext('nl'), proposal, { items: [response], next: null }, { values: { public: 'true', onBehalf: 'individual' }, errors: {} }, undefined, undefined, THEMES).value;
    expect(page).toContain('Thema 1.3 Open data ·');
    expect(page).toContain('<h1 class="utrecht-heading-1">Open &lt;data&gt;</h1>');
    expect(page).toContain('<p>Door de service gerenderd</p>');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page).toContain('<span data-support-count="r1">3</span>');
    expect(page).toContain('name="answers.q1"');
  });

  it('renders the response form again with the error summary and what was typed', () => {
    const form = { values: { body: 'Mijn <reactie>', 'author.name': 'An' }, errors: { 'author.email': 'Ongeldig e-mailadres.' } };
    const page = renderProposal(testPageContext('en'), proposal, { items: [], next: null }, form, undefined, { general: undefined }, THEMES).value;
    expect(page).toContain('<a class="utrecht-link" href="#f-author-email">E-mail address: Ongeldig e-mailadres.</a>');
    expect(page).toContain('>Mijn &lt;reactie&gt;</textarea>');
    expect(page).toContain('value="An"');
  });

  it('offers no response form once closed, and says the responses are unavailable when the service did not answer', () => {
    const page = renderProposal(testPageContext('nl'), { ...proposal, status: 'closed' }, null, { values: {}, errors: {} }).value;
    expect(page).toContain('Deze consultatie is gesloten');
    expect(page).not.toContain('/reacties" novalidate');
    expect(page).toContain('tijdelijk niet beschikbaar');
  });

  it('lists consultations with the theme\'s title and the status in words', () => {
    const page = renderConsultationList(testPageContext('en'), { items: [{ ...proposal, responseCount: 2 }], next: null, wanted: 'open', themes: THEMES }).value;
    expect(page).toContain('Theme: 1.3 Open data');
    expect(page).toContain('<option value="open" selected>Open</option>');
    expect(page).toContain('2 responses');
  });

  it('confirms by a button, never by the GET of the link, with the token escaped', () => {
    const page = renderConfirmPage(testPageContext('nl'), 'a"b').value;
    expect(page).toContain('<form method="post" action="/reacties/bevestigen">');
    expect(page).toContain('name="token" value="a&quot;b"');
  });

  it('maps a response form to the comments body and its answer errors back onto the questions', () => {
    const values = { body: ' Tekst ', 'answers.q2': ' nee ', 'answers.q1': '', 'author.name': 'An', 'author.email': 'a@b.nl', onBehalf: 'organisation', onBehalfOf: ' Org ', public: 'false', parentId: 'not-an-id' };
    expect(responseRequestBody(values)).toEqual({ body: 'Tekst', answers: [{ questionId: 'q2', answer: 'nee' }], author: { name: 'An', email: 'a@b.nl' }, onBehalfOf: 'Org', public: false, parentId: null });
    const problem = { type: 'about:blank', title: 'Bad', status: 400, detail: 'x', errors: [{ field: 'answers.0.answer', message: 'Te lang.' }] };
    expect(responseFormErrors(problem, values)).toEqual({ 'answers.q2': 'Te lang.' });
  });
});
