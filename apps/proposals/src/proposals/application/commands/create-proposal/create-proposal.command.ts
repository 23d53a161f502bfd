import type { ModerationMode, ProposalDocument, QuestionKind } from '../../../domain/proposal.aggregate';

export interface CreateProposalInput {
  title: string;
  summary: string;
  body: string;
  theme: string;
  questions: { text: string; kind: QuestionKind; options: string[] }[];
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
