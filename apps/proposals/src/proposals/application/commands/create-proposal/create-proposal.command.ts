import type { ModerationMode, ProposalDocument } from '../../../domain/proposal.aggregate';

export interface CreateProposalInput {
  title: string;
  summary: string;
  body: string;
  theme: string;
  questions: { text: string }[];
  documents: ProposalDocument[];
  opensAt: Date;
  closesAt: Date;
  moderation: ModerationMode;
}

export class CreateProposalCommand {
  constructor(
    readonly input: CreateProposalInput,
    readonly coordinatorId: string,
  ) {}
}
