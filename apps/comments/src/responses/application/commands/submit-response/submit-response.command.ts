import type { PostedAnswer } from '../../../domain/answer-rules';

export interface SubmitResponseInput {
  proposalId: string;
  body: string;
  answers: PostedAnswer[];
  author: { name: string; email: string };
  onBehalfOf: string | null;
  public: boolean;
  parentId: string | null;
  /** The paragraph of the proposal's text it points at, and the words it quotes. */
  passage?: { anchor: string; quote: string | null } | null;
  /** The language the respondent wrote in (the page's), for later mails. */
  lang?: 'nl' | 'en' | null;
}

export class SubmitResponseCommand {
  constructor(readonly input: SubmitResponseInput) {}
}

export interface SubmitResponseResult {
  id: string;
  status: 'awaiting-verification';
}
