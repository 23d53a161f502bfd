import type { PostedAnswer } from '../../../domain/answer-rules';

export interface SubmitResponseInput {
  proposalId: string;
  body: string;
  answers: PostedAnswer[];
  author: { name: string; email: string };
  onBehalfOf: string | null;
  public: boolean;
  parentId: string | null;
}

export class SubmitResponseCommand {
  constructor(readonly input: SubmitResponseInput) {}
}

export interface SubmitResponseResult {
  id: string;
  status: 'awaiting-verification';
}
