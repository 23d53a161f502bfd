import { exampleIndicator, exampleIndicatorValue } from '../../clients/contract-examples';
import { pageTexts } from '../../web/page-context';
import type { PageContext } from '../../web/page-context';
import { IndicatorData, indicatorsView } from './indicators.views';

const ctx = (lang: 'nl' | 'en') => ({ lang, ...pageTexts(lang) }) as unknown as PageContext;

const indicator = (over: Partial<IndicatorData> = {}): IndicatorData => ({
  ...exampleIndicator(),
  id: 'i1',
  strategyVersion: '2018.0',
  theme: '1.5',
  code: 'ehealth-access-chronically-ill',
  definition: { nl: 'Aandeel chronisch zieken met toegang tot hun medische gegevens', en: 'Share of the chronically ill with access to their medical data' },
  unit: '%',
  source: 'Nictiz / NIVEL',
  target: { value: 80, year: 2019, comparison: 'at-least', source: { section: '3.3 Digitalisering laten werken voor kwaliteit van leven', quote: 'in 2019 heeft ten minste 80% van de chronisch zieken <direct> toegang' } },
  values: [
    { ...exampleIndicatorValue(), period: '2018', value: 52.5, source: 's', observedOn: '2019-01-01' },
    { ...exampleIndicatorValue(), period: '2019', value: 66, source: 's', observedOn: '2020-01-01' },
  ],
  history: [
    { ...exampleIndicatorValue(), id: 'a', period: '2019', value: 64, corrects: null, correctionReason: null },
    { ...exampleIndicatorValue(), id: 'b', period: '2019', value: 66, corrects: 'a', correctionReason: 'herziene cijfers', recordedAt: '2020-02-03T10:00:00.000Z' },
  ],
  latest: { value: 66, period: '2019', meetsTarget: false },
  ...over,
});

describe('indicators view (monitor)', () => {
  it('shows the target in the strategy’s words, the latest value against it, a chart with its table, and corrections', () => {
    const page = indicatorsView(ctx('nl'), [indicator()]).value;
    expect(page).toContain('<strong>Doel:</strong> ten minste 80% in 2019. Laatste waarde: 66% (2019) — het doel is (nog) niet gehaald.');
    // The quote is escaped like everything else a page prints.
    expect(page).toContain('“in 2019 heeft ten minste 80% van de chronisch zieken &lt;direct&gt; toegang”');
    expect(page).toContain('§3.3 Digitalisering laten werken voor kwaliteit van leven');
    expect(page).toContain('role="img"');
    expect(page).toContain('<td class="utrecht-table__cell utrecht-table__cell--numeric">52,5%</td>');
    // A correction says what the value was, what it is now, why and when.
    expect(page).toContain('1 waarde is later gecorrigeerd: 2019: was 64%, nu 66% (herziene cijfers, 3 februari 2020).');
  });

  it('shows every correction with the value it replaced and the new one, in the reader’s language', () => {
    const history = [
      { ...exampleIndicatorValue(), id: 'a', period: '2019', value: 64, corrects: null, correctionReason: null },
      { ...exampleIndicatorValue(), id: 'b', period: '2019', value: 66, corrects: 'a', correctionReason: 'revised figures', recordedAt: '2020-02-03T10:00:00.000Z' },
      { ...exampleIndicatorValue(), id: 'c', period: '2020', value: 70.5, corrects: null, correctionReason: null },
      { ...exampleIndicatorValue(), id: 'd', period: '2020', value: 71.25, corrects: 'c', correctionReason: 'typo', recordedAt: '2021-05-06T10:00:00.000Z' },
    ];
    const page = indicatorsView(ctx('en'), [indicator({ history })]).value;
    expect(page).toContain('2 values were corrected later: 2019: was 64%, now 66% (revised figures, 3 February 2020); 2020: was 70.5%, now 71.3% (typo, 6 May 2021).');
  });

  it('names the strategy of the indicator’s version, and quotes nothing where the indicator has no words of the strategy', () => {
    const later = indicatorsView(ctx('nl'), [indicator({ strategyVersion: '2027.0', target: { value: null, year: null, comparison: null, source: null }, history: [], values: [], latest: null })]).value;
    expect(later).not.toContain('<blockquote');
    expect(later).not.toContain('Digitaliseringsstrategie');
    const quoted = indicatorsView(ctx('nl'), [indicator({ strategyVersion: '2027.0' })]).value;
    expect(quoted).toContain('Nederlandse Digitaliseringsstrategie 2027, §3.3 Digitalisering laten werken voor kwaliteit van leven');
  });

  it('says so when nothing was measured yet, and shows no made-up target where the strategy gives no number', () => {
    const page = indicatorsView(ctx('en'), [indicator({ values: [], history: [], latest: null, target: { value: null, year: 2025, comparison: null, source: { section: '6.4', quote: 'q' } } })]).value;
    // The label is printed once ("Target: by 2025", not "Target: Aim for 2025").
    expect(page).toContain('<strong>Target:</strong> by 2025, without a number in the strategy. No value recorded yet.');
    expect(page).not.toContain('<svg');
  });

  it('names a section of the strategy without a number by its heading, not as a § before words', () => {
    const page = indicatorsView(ctx('nl'), [indicator({ target: { value: null, year: 2021, comparison: null, source: { section: 'Een vooruitstrevende en flexibele industrie', quote: 'q' } } })]).value;
    expect(page).toContain('<strong>Doel:</strong> in 2021, zonder getal in de strategie.');
    expect(page).toContain('Nederlandse Digitaliseringsstrategie 2018, onder ‘Een vooruitstrevende en flexibele industrie’');
    expect(page).not.toContain('§Een');
    expect(page).not.toContain('Doel voor');
  });

  it('renders nothing for a theme without indicators', () => {
    expect(indicatorsView(ctx('nl'), []).value).toBe('');
  });
});
