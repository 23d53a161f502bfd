import type { Actor } from '../../../domain/barrier-report.aggregate';

export class PostOfficialMessageCommand {
  constructor(
    readonly reference: string,
    readonly body: string,
    /** An internal note the reporter never sees; otherwise a question to the reporter. */
    readonly internal: boolean,
    readonly by: Actor,
  ) {}
}
