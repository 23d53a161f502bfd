import type { FlagReason } from '@pb/contracts';

export class FlagResponseCommand {
  constructor(
    readonly responseId: string,
    readonly reason: FlagReason,
    readonly explanation: string | null,
    /** Hash of the client address: one flag per reader per response. */
    readonly clientKey: string,
  ) {}
}
