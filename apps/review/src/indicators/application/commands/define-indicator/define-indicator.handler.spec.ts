import type { Indicator, IndicatorValue } from '../../../domain/indicator';
import { DuplicateIndicatorCodeError, UnknownAmbitionError, UnknownIndicatorError, UnknownIndicatorStrategyVersionError } from '../../../domain/indicator.errors';
import { IndicatorStore } from '../../ports/indicator.store';
import { CorrectIndicatorDefinitionCommand } from '../correct-indicator-definition/correct-indicator-definition.command';
import { CorrectIndicatorDefinitionHandler } from '../correct-indicator-definition/correct-indicator-definition.handler';
import { DefineIndicatorCommand } from './define-indicator.command';
import { DefineIndicatorHandler } from './define-indicator.handler';

/** The store in memory: versions with their ambitions, and the indicators (one code per version). */
class InMemoryIndicatorStore extends IndicatorStore {
  readonly indicators: Indicator[] = [];
  constructor(private readonly ambitions: Record<string, string[]>) {
    super();
  }
  async list(): Promise<Indicator[]> {
    return this.indicators;
  }
  async find(id: string): Promise<Indicator | null> {
    return this.indicators.find((i) => i.id === id) ?? null;
  }
  async valuesOf(): Promise<IndicatorValue[]> {
    return [];
  }
  async insertValues(): Promise<void> {}
  async ambitionsOf(version: string): Promise<string[] | null> {
    return this.ambitions[version] ?? null;
  }
  async insert(indicator: Indicator): Promise<boolean> {
    if (this.indicators.some((i) => i.strategyVersion === indicator.strategyVersion && i.code === indicator.code)) return false;
    this.indicators.push(indicator);
    return true;
  }
  async correctDefinition(id: string, definition: Indicator['definition']): Promise<boolean> {
    const found = this.indicators.find((i) => i.id === id);
    if (found) found.definition = definition;
    return Boolean(found);
  }
}

const definition = (code: string): DefineIndicatorCommand['indicator'] => ({
  code,
  definition: { nl: 'Aandeel mkb met e-facturen', en: 'Share of SMEs with e-invoices' },
  unit: '%',
  source: 'CBS',
  target: { value: null, year: 2030, comparison: null, source: null },
});

describe('defining an indicator for an ambition of a strategy version', () => {
  const store = new InMemoryIndicatorStore({ '2018.0': ['1.5'], '2027.0': ['1.1', '1.5'] });
  const define = new DefineIndicatorHandler(store);

  it('defines it for a theme the version has, a code once per version', async () => {
    const made = await define.execute(new DefineIndicatorCommand('2027.0', '1.1', definition('sme-e-invoicing')));
    expect(made).toMatchObject({ strategyVersion: '2027.0', theme: '1.1', code: 'sme-e-invoicing', id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    await expect(define.execute(new DefineIndicatorCommand('2027.0', '1.5', definition('sme-e-invoicing')))).rejects.toBeInstanceOf(DuplicateIndicatorCodeError);
    // The same code in another version is another indicator.
    await expect(define.execute(new DefineIndicatorCommand('2018.0', '1.5', definition('sme-e-invoicing')))).resolves.toMatchObject({ strategyVersion: '2018.0' });
  });

  it('refuses a version the review does not know, and a theme the version does not have', async () => {
    await expect(define.execute(new DefineIndicatorCommand('2099.0', '1.1', definition('x')))).rejects.toBeInstanceOf(UnknownIndicatorStrategyVersionError);
    await expect(define.execute(new DefineIndicatorCommand('2018.0', '1.1', definition('x')))).rejects.toBeInstanceOf(UnknownAmbitionError);
    expect(store.indicators.map((i) => i.code)).not.toContain('x');
  });

  it('corrects the definition of an indicator that exists, and only that', async () => {
    const [first] = store.indicators;
    const correct = new CorrectIndicatorDefinitionHandler(store);
    await expect(correct.execute(new CorrectIndicatorDefinitionCommand(first.id, { nl: 'Nieuw', en: 'New' }))).resolves.toMatchObject({ id: first.id, code: first.code, definition: { nl: 'Nieuw', en: 'New' } });
    await expect(correct.execute(new CorrectIndicatorDefinitionCommand('00000000-0000-4000-8000-000000000000', { nl: 'x', en: 'x' }))).rejects.toBeInstanceOf(UnknownIndicatorError);
  });
});
