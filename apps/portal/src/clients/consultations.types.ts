/** The proposals and comments services' answers as the pages read them (api.md). */
export interface ProposalView {
  id: string;
  status: string;
  title: string;
  summary: string;
  theme: string;
  strategyVersion?: string;
  opensAt: string;
  closesAt: string;
  moderation?: 'pre' | 'post';
  responseCount?: number;
  questions?: { id: string; text: string }[];
  documents?: { title: string; url: string }[];
  body?: string;
  /** Markdown rendered by the proposals service with raw HTML disabled (markdown-it, html: false). */
  bodyHtml?: string;
  /** The current text version (1 at publication; null for a draft). */
  textVersion?: number | null;
  /** The text per anchored paragraph (anchors stay through corrections); `since`: the version it last changed in. */
  paragraphs?: { anchor: string; since: number; html: string }[];
  withdrawal?: { reason: string; explanation: string; at: string } | null;
  report?: { summary: string; summaryHtml?: string; publishedAt?: string; answers: { topic: string; answer: string; answerHtml?: string; responseIds?: string[] }[] } | null;
}

export interface PublicResponse {
  id: string;
  body: string;
  answers: { questionId: string; question: string; answer: string }[];
  onBehalfOf: string | null;
  publishedAt: string;
  supportCount: number;
  /** The paragraph it points at; `earlierText`: the paragraph changed since the response's text version. */
  passage?: { anchor: string; quote: string | null; textVersion: number; earlierText: boolean; removed: boolean } | null;
  replies: PublicResponse[];
}

/** Per paragraph of the current text: published public responses pointing at it. */
export interface PassageCount {
  anchor: string;
  since: number;
  count: number;
  onEarlierText: number;
}

export interface ModerationItem {
  id: string;
  proposalId: string;
  parentId?: string | null;
  status: string;
  reason: 'flagged' | 'pre-moderation' | string;
  body: string;
  answers?: { questionId: string; answer: string }[];
  authorName?: string;
  onBehalfOf?: string | null;
  public?: boolean;
  flagCount?: number;
  flags?: { reason: string; explanation?: string | null }[] | null;
  submittedAt?: string;
}
