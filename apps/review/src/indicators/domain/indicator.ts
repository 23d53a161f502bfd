import { IndicatorPeriod } from './indicator-period';

/**
 * Where a target comes from: the section of the strategy text and the words it says it in, so a
 * reader can check that the platform invented nothing.
 */
export interface TargetSource {
  section: string;
  quote: string;
}

/**
 * A measurable indicator of an ambition (a theme of a strategy version). The target value and year
 * are empty where the strategy states an aim without a number: the monitor then shows the aim in
 * words and the values entered, never a made-up figure. The target's source is empty where a
 * coordinator defined the indicator for a later version whose text does not word it as a target.
 */
export interface Indicator {
  id: string;
  strategyVersion: string;
  theme: string;
  code: string;
  definition: { nl: string; en: string };
  unit: string;
  /** Who measures it (e.g. CBS, Nictiz), as a reader would look it up. */
  source: string;
  target: { value: number | null; year: number | null; comparison: 'at-least' | 'at-most' | null; source: TargetSource | null };
}

/**
 * One recorded value. History is kept: a correction is a new value that names the one it corrects,
 * which stays visible with the reason.
 */
export interface IndicatorValue {
  id: string;
  indicatorId: string;
  value: number;
  period: IndicatorPeriod;
  /** Where the figure was read, e.g. "CBS StatLine 83429NED" or a report's title. */
  source: string;
  /** The day the source published or measured it. */
  observedOn: string;
  recordedAt: Date;
  recordedBy: string;
  corrects: string | null;
  correctionReason: string | null;
}

/** The latest value per period (a correction replaces what it corrects), oldest period first. */
export function currentValues(values: IndicatorValue[]): IndicatorValue[] {
  const corrected = new Set(values.map((v) => v.corrects).filter((id): id is string => id !== null));
  const latest = new Map<string, IndicatorValue>();
  for (const v of values) {
    if (corrected.has(v.id)) continue;
    const seen = latest.get(v.period);
    if (!seen || seen.recordedAt < v.recordedAt) latest.set(v.period, v);
  }
  return [...latest.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** Whether a value meets the target (null when there is no numeric target to compare with). */
export function meetsTarget(indicator: Indicator, value: number): boolean | null {
  const { value: target, comparison } = indicator.target;
  if (target === null || comparison === null) return null;
  return comparison === 'at-least' ? value >= target : value <= target;
}
