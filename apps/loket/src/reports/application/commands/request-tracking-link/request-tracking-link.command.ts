export class RequestTrackingLinkCommand {
  constructor(
    readonly reference: string,
    readonly email: string,
  ) {}
}
