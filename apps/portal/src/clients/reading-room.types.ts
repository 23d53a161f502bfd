/** The comments service's reading room as the coordinator's pages read it (apps/comments README). */
export interface ReadingRoomItem {
  id: string;
  parentId: string | null;
  status: 'pending-moderation' | 'published' | 'rejected';
  public: boolean;
  body: string;
  answers: { questionId: string; answer: unknown }[];
  onBehalfOf: string | null;
  supportCount: number;
  flagCount: number;
  submittedAt: string;
  publishedAt: string | null;
}

export interface ReadingRoomPage {
  proposalId: string;
  total: number;
  questions: { id: string; text: string }[];
  items: ReadingRoomItem[];
  next: string | null;
}

export interface ReportPick {
  slot: number;
  responseId: string;
  excerpt: string;
}

/** The reading room's filters as the API's query parameters (`q`, `questionId` …). */
export interface ReadingRoomApiFilter {
  q?: string;
  questionId?: string;
  answer?: string;
  organisation?: 'true' | 'false';
  public?: 'true' | 'false';
  status?: string;
}

/** Results per question (GET …/comments/results, public once closed; …/reading-room/results for the coordinator). */
export interface QuestionResult {
  questionId: string;
  text: string;
  kind: 'text' | 'single-choice' | 'multiple-choice' | 'scale';
  answered: number;
  counts: { value: string; label: string; count: number }[];
}
