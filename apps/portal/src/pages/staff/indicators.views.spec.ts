import type { Problem } from '@pb/http/core';
import { exampleIndicator, exampleIndicatorValue } from '../../clients/contract-examples';
import { emptyForm } from '../../web/components';
import { indicatorDefinitionBody, indicatorDefinitionCorrectionErrors, indicatorDefinitionErrors, indicatorImportErrors, indicatorImportQuery, indicatorValueBody } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderIndicator, renderIndicatorList } from './indicators.views';

const ID = '0b3f7a52-4a3e-4f59-9d43-2f4c1b0c9a10';
const first = { ...exampleIndicatorValue(), id: 'v1', period: '2019', value: 60, source: 'CBS', observedOn: '2020-03-01' };
const correction = { ...exampleIndicatorValue(), id: 'v2', period: '2019', value: 64.5, source: 'CBS', observedOn: '2020-04-01', corrects: 'v1', correctionReason: 'herziene cijfers' };
const indicator = {
  ...exampleIndicator(),
  id: ID,
  theme: '1.5',
  definition: { nl: 'Chronisch zieken met toegang tot hun medische gegevens', en: 'Chronically ill with access to their medical data' },
  target: { value: 80, year: 2019, comparison: 'at-least' as const, source: { section: '3.3', quote: 'in 2019 heeft 80% van de chronisch zieken directe toegang' } },
  values: [correction],
  history: [first, correction],
  latest: { value: 64.5, period: '2019', meetsTarget: false },
};
const themes = [{ code: '1.5', title: 'E-health' }];

describe('indicator pages', () => {
  it('lists the indicators per theme with target and latest value, each linking to its values', () => {
    const page = renderIndicatorList(testPageContext('nl'), { indicators: [indicator], themes, versions: ['2018.0'], form: emptyForm() }).value;
    expect(page).toContain('<caption class="utrecht-table__caption">Thema 1.5 E-health</caption>');
    expect(page).toContain(`<a class="utrecht-link" href="/coordinatie/indicatoren/${ID}">Chronisch zieken met toegang tot hun medische gegevens</a>`);
    expect(page).toContain('ten minste 80% in 2019');
    expect(page).toContain('64,5% (2019)');
    expect(renderIndicatorList(testPageContext('en'), { indicators: [], themes, versions: [], form: emptyForm(), failure: 'down' }).value).toContain('<html lang="en"');
  });

  it('offers the form to give an ambition of a strategy version an indicator, the latest version chosen, and names each field the review refused', () => {
    const page = renderIndicatorList(testPageContext('nl'), { indicators: [indicator], themes, versions: ['2018.0', '2027.0'], form: emptyForm() }).value;
    expect(page).toContain('<form method="post" action="/coordinatie/indicatoren" novalidate>');
    expect(page).toContain('<option value="2027.0" selected>2027.0</option>');
    expect(page).toContain('<option value="2018.0">2018.0</option>');
    expect(page).toContain('<option value="1.5">1.5 E-health</option>');
    for (const id of ['f-code', 'f-definitionNl', 'f-definitionEn', 'f-unit', 'f-source', 'f-targetValue', 'f-targetComparison', 'f-targetYear', 'f-targetSection', 'f-targetQuote']) expect(page).toContain(`id="${id}"`);

    const problem: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'x',
      errors: [
        { field: 'version', message: 'Kies een versie.' },
        { field: 'code', message: 'Een code bestaat uit kleine letters en cijfers.' },
      ],
    };
    const errors = indicatorDefinitionErrors(problem);
    expect(errors).toEqual({ strategyVersion: 'Kies een versie.', code: 'Een code bestaat uit kleine letters en cijfers.' });
    const refused = renderIndicatorList(testPageContext('nl'), { indicators: [], themes, versions: ['2018.0', '2027.0'], form: { values: { strategyVersion: '2018.0', code: 'Fout <b>' }, errors } }).value;
    expect(refused).toContain('href="#f-code"');
    expect(refused).toContain('<option value="2018.0" selected>2018.0</option>');
    expect(refused).toContain('value="Fout &lt;b&gt;"');
  });

  it('sends a new indicator with numbers as numbers, empty optional fields left out, and odd input as typed for the review to name', () => {
    expect(indicatorDefinitionBody({ strategyVersion: '2027.0', theme: '1.5', code: ' sme-e-invoicing ', definitionNl: 'a', definitionEn: 'b', unit: '%', source: 'CBS', targetValue: '62,5', targetComparison: 'at-least', targetYear: '2030', targetSection: '', targetQuote: ' ' })).toEqual({
      code: 'sme-e-invoicing',
      definitionNl: 'a',
      definitionEn: 'b',
      unit: '%',
      source: 'CBS',
      targetValue: 62.5,
      targetComparison: 'at-least',
      targetYear: 2030,
    });
    expect(indicatorDefinitionBody({ code: 'x', targetValue: 'veel', targetYear: 'ooit' })).toMatchObject({ targetValue: 'veel', targetYear: 'ooit' });
    expect(indicatorDefinitionCorrectionErrors({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'x', errors: [{ field: 'nl', message: 'Vul dit in.' }] })).toEqual({ 'definition.nl': 'Vul dit in.' });
  });

  it('offers the correction of the definition, filled in with the current one, and quotes nothing where the indicator has no words of the strategy', () => {
    const page = renderIndicator(testPageContext('nl'), { indicator: { ...indicator, strategyVersion: '2027.0', target: { value: null, year: null, comparison: null, source: null } }, themes, form: emptyForm(), importForm: emptyForm(), done: { kind: 'defined' } }).value;
    expect(page).toContain(`<form method="post" action="/coordinatie/indicatoren/${ID}/definitie" novalidate>`);
    expect(page).toContain('>Chronisch zieken met toegang tot hun medische gegevens</textarea>');
    expect(page).toContain('>Chronically ill with access to their medical data</textarea>');
    expect(page).toContain('De indicator is toegevoegd.');
    expect(page).toContain('Strategieversie: 2027.0');
    expect(page).not.toContain('<blockquote');
  });

  it('shows every value ever recorded, the correction beside what it corrects, and both forms with the StatLine layout explained', () => {
    const page = renderIndicator(testPageContext('nl'), { indicator, themes, form: emptyForm(), importForm: emptyForm() }).value;
    expect(page).toContain('corrigeert 60%: herziene cijfers');
    expect(page).toContain('later gecorrigeerd');
    expect(page).toContain(`<form method="post" action="/coordinatie/indicatoren/${ID}/waarden" novalidate>`);
    expect(page).toContain(`<form method="post" action="/coordinatie/indicatoren/${ID}/import" novalidate>`);
    expect(page).toContain('<option value="v2">2019: 64,5%</option>');
    expect(page).toContain('de periode in de kolom Perioden (2019JJ00, 2019KW01, 2019MM03)');
    expect(page).toContain('“in 2019 heeft 80% van de chronisch zieken directe toegang”');
    const en = renderIndicator(testPageContext('en'), { indicator, themes, form: emptyForm(), importForm: emptyForm(), done: { kind: 'imported', recorded: 2, corrected: 1, unchanged: 0, withoutFigure: 1 } }).value;
    expect(en).toContain('Imported: 2 new, 1 corrected, 0 unchanged, 1 without a figure.');
    expect(en).toContain('<h1 class="utrecht-heading-1">Chronically ill with access to their medical data</h1>');
  });

  it('names every bad row of a rejected import in the error summary, linked to the row in the list under the form, and keeps the pasted file', () => {
    const problem = {
      type: 'about:blank',
      title: 'Onverwerkbaar',
      status: 422,
      detail: 'Het bestand is niet ingelezen: 2 regels kloppen niet. Er is niets opgeslagen.',
      errors: [
        { field: 'row 3.Perioden', message: "Regel 3: '2019XX' is geen periode (2019, 2019JJ00, 2019KW01 of 2019MM03)." },
        { field: 'row 4.value', message: "Regel 4: 'veel' is geen getal." },
        { field: 'observedOn', message: 'Vul een datum in.' },
      ],
    } as unknown as Problem;
    const errors = indicatorImportErrors(problem);
    expect(Object.keys(errors)).toEqual(['row 3.Perioden', 'row 4.value', 'import.observedOn']);
    const page = renderIndicator(testPageContext('nl'), { indicator, themes, form: emptyForm(), importForm: { values: { 'import.csv': 'Perioden;Waarde\n2019XX;1' }, errors }, general: problem.detail }).value;
    expect(page).toContain('<a class="utrecht-link" href="#f-row-3-Perioden">Regel 3: &#39;2019XX&#39; is geen periode');
    expect(page).toContain('<li class="utrecht-unordered-list__item" id="f-row-3-Perioden" tabindex="-1">Regel 3:');
    expect(page).toContain('<li class="utrecht-unordered-list__item" id="f-row-4-value" tabindex="-1">Regel 4:');
    expect(page).toContain('2 regels kloppen niet. Er is niets opgeslagen:');
    expect(page).toContain('>Perioden;Waarde\n2019XX;1</textarea>');
    expect(page).toContain('href="#f-import-observedOn"');
  });

  it('maps the forms onto the review\'s request: a decimal comma read as a number, empty optional fields left out', () => {
    expect(indicatorValueBody({ value: ' 64,5 ', period: '2019', source: 'CBS', observedOn: '2020-03-01', corrects: '', reason: '' })).toEqual({ value: 64.5, period: '2019', source: 'CBS', observedOn: '2020-03-01' });
    expect(indicatorValueBody({ value: 'veel', period: '2019', source: 'CBS', observedOn: '2020-03-01', corrects: 'v1', reason: 'herzien' })).toEqual({ value: 'veel', period: '2019', source: 'CBS', observedOn: '2020-03-01', corrects: 'v1', reason: 'herzien' });
    expect(indicatorImportQuery({ 'import.source': ' CBS ', 'import.observedOn': '2020-03-01', 'import.column': '' })).toEqual({ source: 'CBS', observedOn: '2020-03-01' });
  });
});
