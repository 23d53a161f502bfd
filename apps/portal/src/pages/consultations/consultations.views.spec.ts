import { exampleProposal } from '../../clients/contract-examples';
import type { ProposalView, PublicResponse } from '../../clients/consultations.types';
import { reportTopicPart, responseFormErrors, responseRequestBody } from '../../web/forms';
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

  describe('a topic of the consultation report and the responses it rests on', () => {
    const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`);
    const [r1, r2, r3, r4] = ids(4);
    const report = {
      summary: 'S',
      summaryHtml: '<p>S</p>',
      publishedAt: '2026-04-02T08:00:00Z',
      answers: [
        { topic: 'Uitvoering <KvK>', answer: 'A', answerHtml: '<p>A</p>', responseIds: [r1, r2, r3, r4, r1] },
        { topic: 'Kosten', answer: 'B', answerHtml: '<p>B</p>', responseIds: [] },
        { topic: 'Veel', answer: 'C', answerHtml: '<p>C</p>', responseIds: ids(250) },
      ],
    };
    const answered: ProposalView = { ...proposal, status: 'answered', report };
    const shown = (id: string, replies: PublicResponse[] = []): PublicResponse => ({ ...response, id, body: `reactie ${id}`, replies });
    const form = { values: {}, errors: {} };

    it('links each topic to its responses by count, not to anchors that may be on another page', () => {
      const page = renderProposal(testPageContext('nl'), answered, { items: [], next: null }, form).value;
      expect(page).toContain(`<a class="utrecht-link" href="/consultaties/${proposal.id}?onderwerp=1#reacties">Beantwoordt 4 reacties</a>`);
      expect(page).toContain(`href="/consultaties/${proposal.id}?onderwerp=3#reacties">Beantwoordt 250 reacties</a>`);
      expect(page).not.toContain('onderwerp=2');
      expect(page).not.toContain(`href="#reactie-`);
      expect(page).toContain('>Openbare reacties</h2>');
      const en = renderProposal(testPageContext('en'), { ...answered, report: { ...report, answers: [{ ...report.answers[0], responseIds: [r1] }] } }, { items: [], next: null }, form).value;
      expect(en).toContain('?onderwerp=1#reacties">Answers 1 response</a>');
    });

    it('shows the topic’s public responses under a heading naming it, counts the ones not public, and links back to all (nl)', () => {
      const topic = reportTopicPart(report.answers, { topic: 1, part: 1 })!;
      // r3 is a reply under r1: shown, so not counted as not public.
      const page = renderProposal(testPageContext('nl'), answered, { items: [shown(r1, [shown(r3)])], next: null }, form, undefined, undefined, [], { counts: null }, [], [], topic).value;
      expect(page).toContain('<h2 class="utrecht-heading-2" id="reacties">Reacties bij: Uitvoering &lt;KvK&gt;</h2>');
      expect(page).toContain(`<a class="utrecht-link" href="/consultaties/${proposal.id}#reacties">Alle reacties</a>`);
      expect(page).toContain('<p class="utrecht-paragraph" data-not-shown="2">2 reacties staan hier niet: niet openbaar, of een antwoord op een reactie die hier niet staat.</p>');
      expect(page).toContain(`id="reactie-${r1}"`);
      expect(page).not.toContain('van de 4 waarop');
      expect(page).not.toContain('Volgende pagina');
      const one = renderProposal(testPageContext('nl'), answered, { items: [shown(r1), shown(r2), shown(r3)], next: null }, form, undefined, undefined, [], { counts: null }, [], [], topic).value;
      expect(one).toContain('1 reactie staat hier niet: niet openbaar');
      const all = renderProposal(testPageContext('nl'), answered, { items: [shown(r1), shown(r2), shown(r3), shown(r4)], next: null }, form, undefined, undefined, [], { counts: null }, [], [], topic).value;
      expect(all).not.toContain('staat hier niet');
    });

    it('says none is public, and pages a large topic a hundred at a time (en)', () => {
      const none = renderProposal(testPageContext('en'), answered, { items: [], next: null }, form, undefined, undefined, [], { counts: null }, [], [], reportTopicPart(report.answers, { topic: 1, part: 1 })).value;
      expect(none).toContain('>Responses on: Uitvoering &lt;KvK&gt;</h2>');
      expect(none).toContain('None of these responses is public.');
      expect(none).toContain('4 responses are not shown here: not public, or replies to a response not shown here.');
      expect(none).toContain('>All responses</a>');
      const second = reportTopicPart(report.answers, { topic: 3, part: 2 })!;
      const page = renderProposal(testPageContext('en'), answered, { items: [shown(second.ids[0])], next: null }, form, undefined, undefined, [], { counts: null }, [], [], second).value;
      expect(page).toContain('Responses 101–200 of the 250 this topic rests on.');
      expect(page).toContain('99 responses are not shown here');
      expect(page).toContain(`rel="prev" href="/consultaties/${proposal.id}?onderwerp=3#reacties">Previous responses on this topic</a>`);
      expect(page).toContain(`rel="next" href="/consultaties/${proposal.id}?onderwerp=3&amp;deel=3#reacties">Next responses on this topic</a>`);
      const last = renderProposal(testPageContext('nl'), answered, { items: [], next: null }, form, undefined, undefined, [], { counts: null }, [], [], reportTopicPart(report.answers, { topic: 3, part: 9 })).value;
      expect(last).toContain('Reacties 201–250 van de 250 waarop dit onderwerp rust.');
      expect(last).toContain('50 reacties staan hier niet');
      expect(last).toContain('>Vorige reacties bij dit onderwerp</a>');
      expect(last).not.toContain('rel="next"');
    });
  });

  it('maps a response form to the comments body and its answer errors back onto the questions', () => {
    const values = { body: ' Tekst ', 'answers.q2': ' nee ', 'answers.q1': '', 'author.name': 'An', 'author.email': 'a@b.nl', onBehalf: 'organisation', onBehalfOf: ' Org ', public: 'false', parentId: 'not-an-id' };
    expect(responseRequestBody(values)).toEqual({ body: 'Tekst', answers: [{ questionId: 'q2', answer: 'nee' }], author: { name: 'An', email: 'a@b.nl' }, onBehalfOf: 'Org', public: false, parentId: null });
    const problem = { type: 'about:blank', title: 'Bad', status: 400, detail: 'x', errors: [{ field: 'answers.0.answer', message: 'Te lang.' }] };
    expect(responseFormErrors(problem, values)).toEqual({ 'answers.q2': 'Te lang.' });
  });
});
