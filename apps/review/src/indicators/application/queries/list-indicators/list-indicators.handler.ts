import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { currentValues, meetsTarget } from '../../../domain/indicator';
import { IndicatorStore } from '../../ports/indicator.store';
import { IndicatorView, ListIndicatorsQuery } from './list-indicators.query';

/** Indicators with their targets and values, per theme (a strategy has a few dozen: no paging). */
@QueryHandler(ListIndicatorsQuery)
export class ListIndicatorsHandler implements IQueryHandler<ListIndicatorsQuery, IndicatorView[]> {
  constructor(private readonly store: IndicatorStore) {}

  async execute({ filter }: ListIndicatorsQuery): Promise<IndicatorView[]> {
    const indicators = await this.store.list(filter);
    const history = await this.store.valuesOf(indicators.map((i) => i.id));
    return indicators.map((indicator) => {
      const own = history.filter((v) => v.indicatorId === indicator.id);
      const values = currentValues(own);
      const last = values.at(-1);
      return {
        ...indicator,
        values,
        history: own,
        latest: last ? { value: last.value, period: last.period, meetsTarget: meetsTarget(indicator, last.value) } : null,
      };
    });
  }
}
