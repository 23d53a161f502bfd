/** An admin asks to erase the person with this e-mail address from every service. */
export class RequestErasureCommand {
  constructor(
    readonly email: string,
    /** The admin's pseudonymous id (token subject). */
    readonly by: string,
  ) {}
}
