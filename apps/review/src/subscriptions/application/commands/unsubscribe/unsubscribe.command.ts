export class UnsubscribeCommand {
  constructor(readonly token: string) {}
}
