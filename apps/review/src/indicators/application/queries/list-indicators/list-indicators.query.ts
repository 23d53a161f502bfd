import type { Indicator, IndicatorValue } from '../../../domain/indicator';

export class ListIndicatorsQuery {
  constructor(readonly filter: { theme?: string; strategyVersion?: string }) {}
}

export interface IndicatorView extends Indicator {
  /** The latest value per period, oldest period first. */
  values: IndicatorValue[];
  /** Every value ever recorded, corrections and what they corrected included, oldest first. */
  history: IndicatorValue[];
  /** The most recent period's value and whether it meets the target (null: no numeric target). */
  latest: { value: number; period: string; meetsTarget: boolean | null } | null;
}
