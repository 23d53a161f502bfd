export class RecordIndicatorValueCommand {
  constructor(
    readonly indicatorId: string,
    readonly value: { value: number; period: string; source: string; observedOn: string; corrects?: string; reason?: string },
    readonly by: string,
  ) {}
}
