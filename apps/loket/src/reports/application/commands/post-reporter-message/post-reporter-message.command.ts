export class PostReporterMessageCommand {
  constructor(
    readonly reference: string,
    readonly token: string,
    readonly body: string,
  ) {}
}
