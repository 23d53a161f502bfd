/** The reports behind a theme's satisfaction figure in the monitor (its drill-down). */
export class GetSatisfactionRecordsQuery {
  constructor(readonly theme: string) {}
}

export interface SatisfactionRecord {
  reportId: string;
  reference: string;
  /** The round of the verdict that counts: the latest. */
  round: number;
  satisfied: boolean;
  outcome: string;
  /** Whether the report is in the public register (its page exists). */
  published: boolean;
}

export interface SatisfactionRecordsView {
  theme: string;
  /** Equal to the monitor's `satisfaction.answered` of the theme: one record per report. */
  answered: number;
  /** Equal to the monitor's `satisfaction.satisfied`. */
  satisfied: number;
  records: SatisfactionRecord[];
}
