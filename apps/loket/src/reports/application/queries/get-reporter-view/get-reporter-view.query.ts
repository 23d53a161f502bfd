export class GetReporterViewQuery {
  constructor(
    readonly reference: string,
    readonly token: string,
  ) {}
}
