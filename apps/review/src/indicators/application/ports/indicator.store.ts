import type { Tx } from '@pb/persistence';
import type { Indicator, IndicatorValue } from '../../domain/indicator';

/** Indicators with their targets, and their recorded values (append-only). */
export abstract class IndicatorStore {
  abstract list(filter: { theme?: string; strategyVersion?: string }): Promise<Indicator[]>;
  abstract find(id: string): Promise<Indicator | null>;
  /** Every value ever recorded for these indicators, corrected ones included, oldest first. */
  abstract valuesOf(indicatorIds: string[]): Promise<IndicatorValue[]>;
  /** All or nothing: one statement in the caller's transaction (with the events), so an import is never half recorded. */
  abstract insertValues(tx: Tx, values: IndicatorValue[]): Promise<void>;
  /** The theme codes (ambitions) of a strategy version as the review learnt it, or null when the version is not known. */
  abstract ambitionsOf(strategyVersion: string): Promise<string[] | null>;
  /** False, and nothing written, when the version already has an indicator with this code. */
  abstract insert(indicator: Indicator): Promise<boolean>;
  /** False when there is no such indicator. */
  abstract correctDefinition(id: string, definition: Indicator['definition']): Promise<boolean>;
}
