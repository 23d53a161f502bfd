import { exampleProposal } from '../../clients/contract-examples';
import type { ProposalView } from '../../clients/consultations.types';
import { testPageContext } from '../../web/test-page-context';
import { renderConsultationList, renderProposal } from './consultations.views';

const Q1 = '11111111-1111-4111-8111-111111111111';
const Q2 = '22222222-2222-4222-8222-222222222222';
const YES = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const NO = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const dutch: ProposalView = {
  ...exampleProposal(),
  status: 'open',
  title: 'Regionale werkplaatsen',
  summary: 'Een werkplaats in elke provincie.',
  bodyHtml: '<p>Eerste alinea.</p>',
  paragraphs: [{ anchor: 'a1', since: 1, html: '<p>Eerste alinea.</p>' }],
  questions: [
    { id: Q1, text: 'Wat mist u?', kind: 'text' },
    { id: Q2, text: 'Steunt u dit?', kind: 'single-choice', options: [{ id: YES, label: 'Voor' }, { id: NO, label: 'Tegen' }] },
  ],
};
const translated: ProposalView = {
  ...dutch,
  translation: {
    lang: 'en',
    title: 'Regional workshops',
    summary: 'A workshop in every province.',
    body: 'First paragraph.',
    bodyHtml: '<p>First paragraph.</p>',
    questions: [{ id: Q2, text: 'Do you support this?', options: [{ id: YES, label: 'For' }] }],
    translatedAt: '2026-11-20T10:00:00Z',
  },
};
const page = (lang: 'nl' | 'en', p: ProposalView) => renderProposal(testPageContext(lang), p, { items: [], next: null }, { values: {}, errors: {} }).value;

describe('a proposal in the reader\'s language', () => {
  it('shows an English reader the translation, and the Dutch text (with its paragraphs) marked Dutch in a details element', () => {
    const html = page('en', translated);
    expect(html).toContain('<h1 class="utrecht-heading-1">Regional workshops</h1>');
    expect(html).toContain('<strong>A workshop in every province.</strong>');
    expect(html).toContain('<div class="utrecht-rich-text pb-section"><p>First paragraph.</p></div>');
    expect(html).toContain('Translated from Dutch.');
    expect(html).toMatch(/<details class="pb-section"><summary>The Dutch text, with responses per paragraph<\/summary>.*<div class="utrecht-rich-text" lang="nl"><p>Eerste alinea.<\/p><\/div>/s);
    expect(html).not.toContain('only available in Dutch');
    // A translated question and option in English; what was not translated is Dutch, marked so.
    expect(html).toContain('<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Do you support this? <span class="pb-optional">(optional)</span></legend>');
    expect(html).toContain(`for="f-choice-${Q2}">For</label>`);
    expect(html).toContain(`for="f-choice-${Q2}-${NO}"><span lang="nl">Tegen</span></label>`);
    expect(html).toContain(`for="f-answers-${Q1}"><span lang="nl">Wat mist u?</span>`);
  });

  it('shows an English reader a proposal without a translation in Dutch, marked lang="nl", with the visible note', () => {
    const html = page('en', dutch);
    expect(html).toContain('<h1 class="utrecht-heading-1"><span lang="nl">Regionale werkplaatsen</span> <span class="pb-lang-note">(only available in Dutch)</span></h1>');
    expect(html).toContain('<strong lang="nl">Een werkplaats in elke provincie.</strong>');
    expect(html).toContain('<div class="utrecht-rich-text" lang="nl"><p>Eerste alinea.</p></div>');
    expect(html).not.toContain('<details class="pb-section">');
  });

  it('shows a Dutch reader the Dutch, unmarked, whether or not there is a translation', () => {
    for (const p of [dutch, translated]) {
      const html = page('nl', p);
      expect(html).toContain('<h1 class="utrecht-heading-1">Regionale werkplaatsen</h1>');
      expect(html).not.toContain('lang="nl"><');
      expect(html).not.toContain('First paragraph');
      expect(html).not.toContain('alleen in het Nederlands');
    }
  });

  it("names the questions in the English error summary as the form does (a Dutch one marked lang=\"nl\"), and titles the tab in English", () => {
    const form = { values: { [`choice.${Q2}`]: 'x', [`answers.${Q1}`]: 'y' }, errors: { [`choice.${Q2}`]: 'Choose one of the options.', [`answers.${Q1}`]: 'Too long.' } };
    const html = renderProposal(testPageContext('en'), translated, { items: [], next: null }, form).value;
    expect(html).toContain(`<a class="utrecht-link" href="#f-choice-${Q2}">Do you support this?: Choose one of the options.</a>`);
    expect(html).toContain(`<a class="utrecht-link" href="#f-answers-${Q1}"><span lang="nl">Wat mist u?</span>: Too long.</a>`);
    expect(html).toContain('<title>Regional workshops — Permanent Beta</title>');
    const dutchPage = renderProposal(testPageContext('nl'), translated, { items: [], next: null }, form).value;
    expect(dutchPage).toContain(`<a class="utrecht-link" href="#f-choice-${Q2}">Steunt u dit?: Choose one of the options.</a>`);
    expect(dutchPage).toContain('<title>Regionale werkplaatsen — Permanent Beta</title>');
  });

  it('lists proposals in English where translated, and in Dutch with the note where not', () => {
    const { body: _b, bodyHtml: _h, report: _r, paragraphs: _p, ...summary } = translated;
    const list = renderConsultationList(testPageContext('en'), { items: [{ ...summary, translation: { ...translated.translation!, body: undefined, bodyHtml: undefined } }, { ...summary, id: Q1, translation: null }], next: null, wanted: 'open', themes: [] }).value;
    expect(list).toContain(`href="/consultaties/${summary.id}">Regional workshops</a></h2>`);
    expect(list).toContain('<p class="utrecht-paragraph">A workshop in every province.</p>');
    expect(list).toContain(`href="/consultaties/${Q1}"><span lang="nl">Regionale werkplaatsen</span></a> <span class="pb-lang-note">(only available in Dutch)</span></h2>`);
    expect(list).toContain('<p class="utrecht-paragraph" lang="nl">Een werkplaats in elke provincie.</p>');
  });
});
