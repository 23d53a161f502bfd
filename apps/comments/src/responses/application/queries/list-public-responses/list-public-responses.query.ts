import type { PageRequest } from '@pb/kernel';

export class ListPublicResponsesQuery {
  constructor(
    readonly proposalId: string,
    /** Pages over top-level responses in (publishedAt, id) order; replies travel with their response. */
    readonly page: PageRequest,
  ) {}
}

export interface PublicResponseView {
  id: string;
  body: string;
  answers: { questionId: string; question: string; answer: string }[];
  onBehalfOf: string | null;
  publishedAt: string;
  supportCount: number;
  replies: PublicResponseView[];
}
