import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { IndicatorValue } from '../../../domain/indicator';
import { IndicatorImportRejectedError, UnknownCorrectedValueError, UnknownIndicatorError } from '../../../domain/indicator.errors';
import { parsePeriod } from '../../../domain/indicator-period';
import { IndicatorStore } from '../../ports/indicator.store';
import { indicatorValueRecorded } from '../../support/indicator-events';
import { RecordIndicatorValueCommand } from './record-indicator-value.command';

/**
 * A coordinator records one measured value, or corrects one (the corrected value stays visible);
 * IndicatorValueRecorded goes into the outbox in the same transaction.
 */
@CommandHandler(RecordIndicatorValueCommand)
export class RecordIndicatorValueHandler implements ICommandHandler<RecordIndicatorValueCommand, IndicatorValue> {
  constructor(
    private readonly store: IndicatorStore,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ indicatorId, value, by }: RecordIndicatorValueCommand): Promise<IndicatorValue> {
    const indicator = await this.store.find(indicatorId);
    if (!indicator) throw new UnknownIndicatorError(indicatorId);
    const period = parsePeriod(value.period);
    if (!period) {
      throw new IndicatorImportRejectedError([
        {
          field: 'period',
          key: 'errors:review.indicator-value.not-a-period',
          params: { period: value.period },
        },
      ]);
    }
    if (value.corrects) {
      const history = await this.store.valuesOf([indicatorId]);
      if (!history.some((v) => v.id === value.corrects)) throw new UnknownCorrectedValueError();
    }
    const recorded: IndicatorValue = {
      id: randomUUID(),
      indicatorId,
      value: value.value,
      period,
      source: value.source,
      observedOn: value.observedOn,
      recordedAt: this.clock.now(),
      recordedBy: by,
      corrects: value.corrects ?? null,
      correctionReason: value.corrects ? (value.reason ?? null) : null,
    };
    await this.transactions.run(async (tx) => {
      await this.store.insertValues(tx, [recorded]);
      await this.outbox.append(tx, [indicatorValueRecorded(indicator, recorded, 'entered')]);
    });
    return recorded;
  }
}
