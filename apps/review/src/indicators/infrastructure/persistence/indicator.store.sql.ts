import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { IndicatorStore } from '../../application/ports/indicator.store';
import type { Indicator, IndicatorValue } from '../../domain/indicator';

interface IndicatorRow {
  id: string;
  strategy_version: string;
  theme: string;
  code: string;
  definition_nl: string;
  definition_en: string;
  unit: string;
  source: string;
  target_value: string | null;
  target_year: number | null;
  target_comparison: 'at-least' | 'at-most' | null;
  target_section: string | null;
  target_quote: string | null;
}

interface ValueRow {
  id: string;
  indicator_id: string;
  value: string;
  period: string;
  source: string;
  observed_on: string;
  recorded_at: Date;
  recorded_by: string;
  corrects: string | null;
  correction_reason: string | null;
}

const toIndicator = (r: IndicatorRow): Indicator => ({
  id: r.id,
  strategyVersion: r.strategy_version,
  theme: r.theme,
  code: r.code,
  definition: { nl: r.definition_nl, en: r.definition_en },
  unit: r.unit,
  source: r.source,
  target: {
    value: r.target_value === null ? null : Number(r.target_value),
    year: r.target_year,
    comparison: r.target_comparison,
    source: r.target_section === null || r.target_quote === null ? null : { section: r.target_section, quote: r.target_quote },
  },
});

const toValue = (r: ValueRow): IndicatorValue => ({
  id: r.id,
  indicatorId: r.indicator_id,
  value: Number(r.value),
  period: r.period,
  source: r.source,
  observedOn: r.observed_on,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
  corrects: r.corrects,
  correctionReason: r.correction_reason,
});

/** SQL store of indicators and their values (ADR 0009: set-based, no aggregate to map). */
@Injectable()
export class SqlIndicatorStore extends IndicatorStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async list(filter: { theme?: string; strategyVersion?: string }): Promise<Indicator[]> {
    const rows: IndicatorRow[] = await this.db.query(
      `SELECT * FROM indicators
        WHERE ($1::text IS NULL OR theme = $1) AND ($2::text IS NULL OR strategy_version = $2)
        ORDER BY strategy_version, string_to_array(theme, '.')::int[], code`,
      [filter.theme ?? null, filter.strategyVersion ?? null],
    );
    return rows.map(toIndicator);
  }

  async find(id: string): Promise<Indicator | null> {
    const [row]: IndicatorRow[] = await this.db.query(`SELECT * FROM indicators WHERE id = $1`, [id]);
    return row ? toIndicator(row) : null;
  }

  async valuesOf(indicatorIds: string[]): Promise<IndicatorValue[]> {
    if (!indicatorIds.length) return [];
    const rows: ValueRow[] = await this.db.query(
      `SELECT id, indicator_id, value, period, source, to_char(observed_on, 'YYYY-MM-DD') AS observed_on, recorded_at, recorded_by, corrects, correction_reason
         FROM indicator_values WHERE indicator_id = ANY($1::uuid[]) ORDER BY recorded_at, period, id`,
      [indicatorIds],
    );
    return rows.map(toValue);
  }

  async insertValues(tx: EntityManager, values: IndicatorValue[]): Promise<void> {
    if (!values.length) return;
    const column = <K extends keyof IndicatorValue>(k: K) => values.map((v) => v[k]);
    await tx.query(
      `INSERT INTO indicator_values (id, indicator_id, value, period, source, observed_on, recorded_at, recorded_by, corrects, correction_reason)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[], $4::text[], $5::text[], $6::date[], $7::timestamptz[], $8::text[], $9::uuid[], $10::text[])`,
      [column('id'), column('indicatorId'), column('value'), column('period'), column('source'), column('observedOn'), column('recordedAt'), column('recordedBy'), column('corrects'), column('correctionReason')],
    );
  }

  async ambitionsOf(strategyVersion: string): Promise<string[] | null> {
    const [known] = await this.db.query(`SELECT 1 FROM strategy_versions WHERE version = $1`, [strategyVersion]);
    if (!known) return null;
    const rows: { code: string }[] = await this.db.query(`SELECT code FROM strategy_themes WHERE version = $1`, [strategyVersion]);
    return rows.map((r) => r.code);
  }

  async insert(i: Indicator): Promise<boolean> {
    // ON CONFLICT rather than a look first: two coordinators saving the same code at once get one row and one 409.
    const rows: unknown[] = await this.db.query(
      `INSERT INTO indicators (id, strategy_version, theme, code, definition_nl, definition_en, unit, source, target_value, target_year, target_comparison, target_section, target_quote)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (strategy_version, code) DO NOTHING RETURNING id`,
      [i.id, i.strategyVersion, i.theme, i.code, i.definition.nl, i.definition.en, i.unit, i.source, i.target.value, i.target.year, i.target.comparison, i.target.source?.section ?? null, i.target.source?.quote ?? null],
    );
    return rows.length === 1;
  }

  async correctDefinition(id: string, definition: Indicator['definition']): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await this.db.query(`UPDATE indicators SET definition_nl = $2, definition_en = $3 WHERE id = $1`, [id, definition.nl, definition.en]);
    return affected === 1;
  }
}
