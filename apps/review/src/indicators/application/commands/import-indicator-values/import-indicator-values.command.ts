export class ImportIndicatorValuesCommand {
  constructor(
    readonly indicatorId: string,
    readonly csv: string,
    readonly meta: { source: string; observedOn: string; column?: string },
    readonly by: string,
  ) {}
}

export interface ImportResult {
  recorded: number;
  corrected: number;
  unchanged: number;
  /** Rows whose value cell holds a CBS symbol for "no figure" (`.`, `x`, `?`, `-`). */
  withoutFigure: number;
}
