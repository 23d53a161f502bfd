/** The endorser (or the owner of the address someone typed) takes an endorsement back with the link of a mail. */
export class WithdrawEndorsementCommand {
  constructor(readonly token: string) {}
}
