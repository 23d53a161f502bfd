export class ConfirmSubscriptionCommand {
  constructor(readonly token: string) {}
}
