import { EventEnvelope, IndicatorValueOrigin, IndicatorValueRecordedV1 } from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import type { Indicator, IndicatorValue } from '../../domain/indicator';

/** IndicatorValueRecorded for one recorded value: ids, codes, the figure and its dates (the source note and reason stay here). */
export function indicatorValueRecorded(indicator: Indicator, v: IndicatorValue, origin: IndicatorValueOrigin): EventEnvelope<IndicatorValueRecordedV1> {
  const payload: IndicatorValueRecordedV1 = {
    valueId: v.id,
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    strategyVersion: indicator.strategyVersion,
    theme: indicator.theme,
    value: v.value,
    period: v.period,
    observedOn: v.observedOn,
    origin,
    corrects: v.corrects,
    recordedAt: v.recordedAt.toISOString(),
  };
  return createEvent(IndicatorValueRecordedV1, payload, { aggregateId: indicator.id, aggregateVersion: 0, actor: { role: 'coordinator', id: v.recordedBy }, occurredAt: v.recordedAt });
}
