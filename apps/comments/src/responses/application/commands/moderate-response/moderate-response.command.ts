import type { ModerationDecision, ModerationReason } from '@pb/contracts';

export class ModerateResponseCommand {
  constructor(
    readonly responseId: string,
    readonly decision: ModerationDecision,
    readonly reason: ModerationReason | null,
    readonly moderatorId: string,
  ) {}
}
