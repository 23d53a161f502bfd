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

export const FLAG_REASON_LABELS = {
  offensive: { nl: 'Beledigend', en: 'Offensive' },
  spam: { nl: 'Spam of reclame', en: 'Spam or advertising' },
  'personal-data': { nl: 'Bevat persoonsgegevens', en: 'Contains personal data' },
  'off-topic': { nl: 'Gaat niet over het voorstel', en: 'Off topic' },
  other: { nl: 'Anders', en: 'Other' },
};

export const MODERATION_REASON_LABELS = {
  'off-topic': { nl: 'Gaat niet over het voorstel', en: 'Off topic' },
  offensive: { nl: 'Beledigend', en: 'Offensive' },
  'personal-data': { nl: 'Bevat persoonsgegevens', en: 'Contains personal data' },
  spam: { nl: 'Spam', en: 'Spam' },
  illegal: { nl: 'In strijd met de wet', en: 'Illegal' },
  duplicate: { nl: 'Dubbel', en: 'Duplicate' },
};
