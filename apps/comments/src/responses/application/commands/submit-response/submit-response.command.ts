import type { PostedAnswer } from '../../../domain/answer-rules';
import type { ReceivedFile } from '../../../domain/attachment-rules';

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
  /** Documents sent with it (position papers): checked by size and by their bytes, stored with it. */
  attachments?: ReceivedFile[];
}

export class SubmitResponseCommand {
  constructor(readonly input: SubmitResponseInput) {}
}

export interface SubmitResponseResult {
  id: string;
  status: 'awaiting-verification';
}
