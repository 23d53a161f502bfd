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
  report?: { summary: string; summaryHtml?: string; publishedAt?: string; answers: { topic: string; answer: string; answerHtml?: string; responseIds?: string[] }[] } | null;
}

export interface PublicResponse {
  id: string;
  body: string;
  answers: { questionId: string; question: string; answer: string }[];
  onBehalfOf: string | null;
  publishedAt: string;
  supportCount: number;
  replies: PublicResponse[];
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
