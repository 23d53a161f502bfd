import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, DomainFieldError } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { IndicatorValue, currentValues } from '../../../domain/indicator';
import { IndicatorImportRejectedError, UnknownIndicatorError } from '../../../domain/indicator.errors';
import { parsePeriod } from '../../../domain/indicator-period';
import { IndicatorCsvReader } from '../../ports/indicator-csv.reader';
import { IndicatorStore } from '../../ports/indicator.store';
import { indicatorValueRecorded } from '../../support/indicator-events';
import { ImportIndicatorValuesCommand, ImportResult } from './import-indicator-values.command';

/** CBS marks a cell without a figure with one of these symbols; such a row is no value, and no error. */
const NO_FIGURE = new Set(['.', 'x', '?', '-', '']);

/**
 * Imports a CBS StatLine CSV export for one indicator. Every row is checked before anything is
 * written, and the values are written in one statement: a file with one bad row records nothing and
 * the answer names every bad row. A period that already has a different value is corrected (the
 * old value stays in the history); the same value again changes nothing, so a re-import is harmless.
 */
@CommandHandler(ImportIndicatorValuesCommand)
export class ImportIndicatorValuesHandler implements ICommandHandler<ImportIndicatorValuesCommand, ImportResult> {
  constructor(
    private readonly store: IndicatorStore,
    private readonly reader: IndicatorCsvReader,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ indicatorId, csv, meta, by }: ImportIndicatorValuesCommand): Promise<ImportResult> {
    const indicator = await this.store.find(indicatorId);
    if (!indicator) throw new UnknownIndicatorError(indicatorId);
    const read = this.reader.read(csv, meta.column);
    if (!read.ok) throw new IndicatorImportRejectedError([{ field: 'file', ...read.problem }]);

    const errors: DomainFieldError[] = [];
    const parsed: { period: string; value: number }[] = [];
    const linesByPeriod = new Map<string, number>();
    let withoutFigure = 0;
    for (const row of read.rows) {
      const period = parsePeriod(row.period);
      if (!period) {
        errors.push({
          field: `row ${row.line}.Perioden`,
          key: 'errors:review.indicator-row.not-a-period',
          params: { line: row.line, period: row.period },
        });
        continue;
      }
      const cell = row.value.trim();
      if (NO_FIGURE.has(cell)) {
        withoutFigure++;
        continue;
      }
      // StatLine writes decimals with a comma in Dutch exports and a point in English ones.
      const value = /^-?\d+([.,]\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : Number.NaN;
      if (!Number.isFinite(value)) {
        errors.push({
          field: `row ${row.line}.value`,
          key: 'errors:review.indicator-row.not-a-number',
          params: { line: row.line, value: row.value },
        });
        continue;
      }
      const earlier = linesByPeriod.get(period);
      if (earlier !== undefined) {
        errors.push({
          field: `row ${row.line}.Perioden`,
          key: 'errors:review.indicator-row.period-twice',
          params: { line: row.line, period, earlier },
        });
        continue;
      }
      linesByPeriod.set(period, row.line);
      parsed.push({ period, value });
    }
    if (errors.length) throw new IndicatorImportRejectedError(errors);

    const current = new Map(currentValues(await this.store.valuesOf([indicatorId])).map((v) => [v.period, v]));
    const now = this.clock.now();
    const values: IndicatorValue[] = [];
    let corrected = 0;
    let unchanged = 0;
    for (const { period, value } of parsed) {
      const before = current.get(period);
      if (before && before.value === value) {
        unchanged++;
        continue;
      }
      if (before) corrected++;
      values.push({
        id: randomUUID(),
        indicatorId,
        value,
        period,
        source: meta.source,
        observedOn: meta.observedOn,
        recordedAt: now,
        recordedBy: by,
        corrects: before?.id ?? null,
        correctionReason: before ? `import: ${meta.source}` : null,
      });
    }
    // One IndicatorValueRecorded per value recorded (a value unchanged by the import is no change).
    await this.transactions.run(async (tx) => {
      await this.store.insertValues(tx, values);
      await this.outbox.append(tx, values.map((v) => indicatorValueRecorded(indicator, v, 'imported')));
    });
    return { recorded: values.length, corrected, unchanged, withoutFigure };
  }
}
