import { exampleProposal } from '../../clients/contract-examples';
import type { ProposalView } from '../../clients/consultations.types';
import { testPageContext } from '../../web/test-page-context';
import { translationFieldNames, translationFormErrors, translationRequestBody } from '../../web/forms';
import { renderTranslationForm, translationFormValues } from './translation.views';

const Q1 = '11111111-1111-4111-8111-111111111111';
const Q2 = '22222222-2222-4222-8222-222222222222';
const YES = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const NO = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const coordinator = { id: 'c1', roles: ['coordinator' as const] };
const p: ProposalView = {
  ...exampleProposal(),
  status: 'open',
  title: 'Regionale werkplaatsen',
  summary: 'Een werkplaats in elke provincie.',
  questions: [
    { id: Q1, text: 'Wat mist u?', kind: 'text' },
    { id: Q2, text: 'Steunt u dit?', kind: 'single-choice', options: [{ id: YES, label: 'Voor' }, { id: NO, label: 'Tegen' }] },
  ],
};

describe('the English text form', () => {
  it('offers every field beside the Dutch it translates, filled from the current translation, and says a correction is no new version', () => {
    const withTranslation: ProposalView = { ...p, translation: { lang: 'en', title: 'Regional workshops', summary: 'A workshop.', body: 'Text.', bodyHtml: '<p>Text.</p>', questions: [{ id: Q2, text: 'Support?', options: [{ id: NO, label: 'Against' }] }], translatedAt: '2026-11-20T10:00:00Z' } };
    const values = translationFormValues(withTranslation);
    expect(values).toEqual({ title: 'Regional workshops', summary: 'A workshop.', body: 'Text.', [`question.${Q2}`]: 'Support?', [`option.${NO}`]: 'Against' });
    const html = renderTranslationForm(testPageContext('nl', coordinator), withTranslation, { values, errors: {} }).value;
    expect(html).toContain(`<form method="post" action="/coordinatie/voorstellen/${p.id}/vertaling" novalidate>`);
    expect(html).toContain('value="Regional workshops"');
    expect(html).toContain('Nederlands: Regionale werkplaatsen');
    expect(html).toContain(`name="question.${Q1}" type="text" value=""`);
    expect(html).toContain(`<label class="utrecht-form-label" for="f-option-${NO}">Vraag 2, optie ‘Tegen’ in het Engels <span class="pb-optional">`);
    expect(html).toContain(`name="option.${NO}" type="text" value="Against"`);
    expect(html).toContain('krijgt geen nieuwe versie');
  });

  it('after saving, links to the English public page, except for a draft, which has none yet (it answers 404)', () => {
    const saved = (status: ProposalView['status']) => renderTranslationForm(testPageContext('en', coordinator), { ...p, status }, { values: {}, errors: {} }, true).value;
    expect(saved('open')).toContain(`href="/consultaties/${p.id}?lang=en"`);
    expect(saved('draft')).toContain('utrecht-alert--ok');
    expect(saved('draft')).not.toContain(`href="/consultaties/${p.id}`);
  });

  it('maps the form to the API, leaving out empty questions and options, and the API\'s errors back onto their fields', () => {
    const v = { title: ' Regional workshops ', summary: 'A summary here', body: 'The body text', [`question.${Q1}`]: ' ', [`question.${Q2}`]: 'Support?', [`option.${YES}`]: 'For', [`option.${NO}`]: '' };
    expect(translationFieldNames(p)).toEqual(['title', 'summary', 'body', `question.${Q1}`, `question.${Q2}`, `option.${YES}`, `option.${NO}`]);
    expect(translationRequestBody(p, v)).toEqual({ title: 'Regional workshops', summary: 'A summary here', body: 'The body text', questions: [{ id: Q2, text: 'Support?', options: [{ id: YES, label: 'For' }] }] });
    expect(translationFormErrors(p, v, { 'questions.0.text': 'Too short.', 'questions.0.options.0.label': 'Bad.', title: 'Too short.' })).toEqual({ [`question.${Q2}`]: 'Too short.', [`option.${YES}`]: 'Bad.', title: 'Too short.' });
    const html = renderTranslationForm(testPageContext('en', coordinator), p, { values: v, errors: { [`option.${YES}`]: 'Bad.' } }).value;
    expect(html).toContain(`<a class="utrecht-link" href="#f-option-${YES}">Question 2, option ‘Voor’ in English: Bad.</a>`);
  });
});
