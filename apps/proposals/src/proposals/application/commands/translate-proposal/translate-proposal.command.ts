import type { TranslationInput } from '../../../domain/proposal-translation';

/** A coordinator enters or corrects a proposal's translation (issue 11 item 7). */
export class TranslateProposalCommand {
  constructor(
    readonly proposalId: string,
    readonly translation: TranslationInput,
    readonly coordinatorId: string,
  ) {}
}
