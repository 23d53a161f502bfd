export class SupportResponseCommand {
  constructor(
    readonly responseId: string,
    readonly email: string,
  ) {}
}
