import type { PageRequest } from '@pb/kernel';
import type { PublicResponsesFilter } from '../../ports/response-read-model';

export class ListPublicResponsesQuery {
  constructor(
    readonly proposalId: string,
    /** Pages over top-level responses in (publishedAt, id) order; replies travel with their response. */
    readonly page: PageRequest,
    /** Which responses: those pointing at a paragraph, or these ids (a report topic's); all when empty. */
    readonly filter: PublicResponsesFilter = {},
  ) {}
}

export interface PublicResponseView {
  id: string;
  body: string;
  answers: { questionId: string; question: string; answer: string }[];
  onBehalfOf: string | null;
  publishedAt: string;
  supportCount: number;
  /**
   * The paragraph it points at: `earlierText` when the paragraph changed after the text version the
   * response answered (the page says it refers to an earlier version), `removed` when it is gone.
   */
  passage: { anchor: string; quote: string | null; textVersion: number; earlierText: boolean; removed: boolean } | null;
  replies: PublicResponseView[];
}
