import type { PageRequest } from '@pb/kernel';

export class ListPublicResponsesQuery {
  constructor(
    readonly proposalId: string,
    /** Pages over top-level responses in (publishedAt, id) order; replies travel with their response. */
    readonly page: PageRequest,
    /** Only responses pointing at this paragraph anchor (the proposal page's per-paragraph link). */
    readonly passage?: string,
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
