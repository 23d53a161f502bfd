import { exampleProposal } from '../../clients/contract-examples';
import type { ProposalView } from '../../clients/consultations.types';
import { postedStrings, responseFormErrors, responseRequestBody } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderConsultationReportForm } from '../staff/coordination.views';
import { renderProposal } from './consultations.views';
import { localisedProposal } from './proposal-language.views';
import { answerFieldName, questionField } from './question-fields.views';

const Q_TEXT = '11111111-1111-4111-8111-111111111111';
const Q_SINGLE = '22222222-2222-4222-8222-222222222222';
const Q_MULTI = '33333333-3333-4333-8333-333333333333';
const Q_SCALE = '44444444-4444-4444-8444-444444444444';
const FOR = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const AGAINST = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const questions: NonNullable<ProposalView['questions']> = [
  { id: Q_TEXT, text: 'Wat vindt u?', kind: 'text' },
  { id: Q_SINGLE, text: 'Steunt u het voorstel?', kind: 'single-choice', options: [{ id: FOR, label: 'Voor' }, { id: AGAINST, label: 'Tegen' }] },
  { id: Q_MULTI, text: 'Welke onderdelen?', kind: 'multiple-choice', options: [{ id: FOR, label: 'Deel A' }, { id: AGAINST, label: 'Deel B' }] },
  { id: Q_SCALE, text: 'Hoe belangrijk?', kind: 'scale' },
];
const proposal: ProposalView = { ...exampleProposal(), status: 'open', questions };
const empty = { values: {}, errors: {} };
/** Question i of the proposal as the form gets it, in the page's language. */
const field = (lang: 'nl' | 'en', i: number) => {
  const ctx = testPageContext(lang);
  return questionField(ctx, empty, localisedProposal(ctx, proposal).questions[i]).value;
};

describe('response form questions by kind', () => {
  it('names each kind\'s field after the API field it fills; a question without a kind is free text', () => {
    expect(questions.map(answerFieldName)).toEqual([`answers.${Q_TEXT}`, `choice.${Q_SINGLE}`, `choices.${Q_MULTI}`, `value.${Q_SCALE}`]);
    expect(answerFieldName({ id: 'q', kind: undefined })).toBe('answers.q');
  });

  it('renders free text as a labelled textarea', () => {
    const html = field('nl', 0);
    expect(html).toContain(`<label class="utrecht-form-label" for="f-answers-${Q_TEXT}">Wat vindt u? <span class="pb-optional">(niet verplicht)</span></label>`);
    expect(html).not.toContain('lang=');
    expect(html).toContain(`<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="f-answers-${Q_TEXT}" name="answers.${Q_TEXT}"`);
  });

  it('renders single choice as radio buttons in a fieldset with the question as legend', () => {
    const html = field('nl', 1);
    expect(html).toMatch(/^<fieldset class="utrecht-form-fieldset">\s*<legend[^>]*>Steunt u het voorstel\? <span class="pb-optional">\(niet verplicht\)<\/span><\/legend>/);
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toContain(`id="f-choice-${Q_SINGLE}" name="choice.${Q_SINGLE}" value="${FOR}">`);
    expect(html).toContain(`for="f-choice-${Q_SINGLE}-${AGAINST}">Tegen</label>`);
  });

  it('renders multiple choice as checkboxes in a fieldset, with a hint', () => {
    const html = field('en', 2);
    // An English page of a proposal without a translation: the question and its options marked Dutch.
    expect(html).toContain('<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend"><span lang="nl">Welke onderdelen?</span> <span class="pb-optional">(optional)</span></legend>');
    expect(html).toContain(`for="f-choices-${Q_MULTI}"><span lang="nl">Deel A</span></label>`);
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
    expect(html).toContain(`name="choices.${Q_MULTI}" value="${AGAINST}"`);
    expect(html).toContain('Choose one or more.');
  });

  it('renders a scale as five radio buttons whose ends are labelled', () => {
    const html = field('nl', 3);
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(html).toContain(`for="f-value-${Q_SCALE}">1 — helemaal niet</label>`);
    expect(html).toContain(`for="f-value-${Q_SCALE}-3">3</label>`);
    expect(html).toContain(`for="f-value-${Q_SCALE}-5">5 — helemaal wel</label>`);
  });

  it('keeps the chosen values after a validation error and shows the error at the question, linked from the summary', () => {
    const form = {
      values: { [`choice.${Q_SINGLE}`]: AGAINST, [`choices.${Q_MULTI}`]: `${FOR},${AGAINST}`, [`value.${Q_SCALE}`]: '4', [`answers.${Q_TEXT}`]: 'Mijn <antwoord>' },
      errors: { [`choices.${Q_MULTI}`]: 'Kies alleen opties van deze vraag.' },
    };
    const page = renderProposal(testPageContext('nl'), proposal, { items: [], next: null }, form).value;
    expect(page).toContain(`value="${AGAINST}" checked>`);
    expect(page).not.toContain(`name="choice.${Q_SINGLE}" value="${FOR}" checked`);
    expect(page.match(new RegExp(`name="choices.${Q_MULTI}" value="[^"]+" checked`, 'g'))).toHaveLength(2);
    expect(page).toContain(`name="value.${Q_SCALE}" value="4" checked>`);
    expect(page).toContain('>Mijn &lt;antwoord&gt;</textarea>');
    expect(page).toContain(`<a class="utrecht-link" href="#f-choices-${Q_MULTI}">Welke onderdelen?: Kies alleen opties van deze vraag.</a>`);
    expect(page).toContain(`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--invalid" aria-describedby="f-choices-${Q_MULTI}-hint f-choices-${Q_MULTI}-error">`);
  });

  it('maps the posted form to the API\'s answer fields by kind, and the API\'s errors back onto the questions', () => {
    const values = postedStrings({ _csrf: 'x', body: 'Tekst', [`choice.${Q_SINGLE}`]: FOR, [`choices.${Q_MULTI}`]: [FOR, AGAINST], [`value.${Q_SCALE}`]: '5', [`answers.${Q_TEXT}`]: ' ', 'author.name': 'An', 'author.email': 'a@b.nl' });
    expect(values[`choices.${Q_MULTI}`]).toBe(`${FOR},${AGAINST}`);
    expect(responseRequestBody(values).answers).toEqual([
      { questionId: Q_SINGLE, choice: FOR },
      { questionId: Q_MULTI, choices: [FOR, AGAINST] },
      { questionId: Q_SCALE, value: 5 },
    ]);
    const problem = { type: 'about:blank', title: 'Bad', status: 400, detail: 'x', errors: [{ field: 'answers.2.value', message: 'Kies 1 tot en met 5.' }, { field: 'answers.1.choices.0', message: 'Geen optie.' }] };
    expect(responseFormErrors(problem, values)).toEqual({ [`value.${Q_SCALE}`]: 'Kies 1 tot en met 5.', [`choices.${Q_MULTI}`]: 'Geen optie.' });
  });
});

describe('results per question once closed', () => {
  const results = [
    { questionId: Q_SINGLE, text: 'Steunt u het voorstel?', kind: 'single-choice' as const, answered: 3, counts: [{ value: FOR, label: 'Voor', count: 1 }, { value: AGAINST, label: 'Tegen', count: 2 }] },
    { questionId: Q_TEXT, text: 'Wat vindt u?', kind: 'text' as const, answered: 2, counts: [] },
  ];

  it('shows the counts as a chart with its data table in their own section while there is no report', () => {
    const page = renderProposal(testPageContext('nl'), { ...proposal, status: 'closed', report: null }, { items: [], next: null }, empty, undefined, undefined, [], { counts: null }, results).value;
    expect(page).toContain('<section class="pb-section" aria-labelledby="uitkomsten"><h2 class="utrecht-heading-2" id="uitkomsten">Uitkomsten per vraag</h2>');
    expect(page).toContain('<svg');
    expect(page).toMatch(/scope="row">Tegen<\/th><td class="utrecht-table__cell utrecht-table__cell--numeric">2<\/td>/);
    expect(page).not.toContain('Wat vindt u?</h3>');
  });

  it('shows them inside the consultation report once it is published', () => {
    const report = { summary: 's', summaryHtml: '<p>s</p>', answers: [], publishedAt: '2026-05-01T08:00:00Z' };
    const page = renderProposal(testPageContext('en'), { ...proposal, status: 'answered', report }, { items: [], next: null }, empty, undefined, undefined, [], { counts: null }, results).value;
    const reportSection = page.slice(page.indexOf('aria-labelledby="verslag"'), page.indexOf('aria-labelledby="reacties"'));
    expect(reportSection).toContain('<h3 class="utrecht-heading-3" id="uitkomsten">Results per question</h3>');
    expect(reportSection).toContain('<h4 class="utrecht-heading-4">Steunt u het voorstel?</h4>');
    expect(reportSection).toContain('<svg');
    expect(page.match(/id="uitkomsten"/g)).toHaveLength(1);
  });

  it('shows the coordinator the counts on the report form', () => {
    const page = renderConsultationReportForm(testPageContext('nl', { id: 'c1', roles: ['coordinator'] }), proposal.id, 'Voorstel', empty, undefined, undefined, [], results).value;
    expect(page).toContain('Het gepubliceerde verslag toont deze uitkomsten bij uw tekst.');
    expect(page).toMatch(/scope="row">Voor<\/th><td class="utrecht-table__cell utrecht-table__cell--numeric">1<\/td>/);
  });
});
