/** Per question: how many answered, and how often each option or scale value was chosen. */
export class QuestionResultsQuery {
  constructor(
    readonly proposalId: string,
    /** The public sees results once the consultation closed; the coordinator at any time. */
    readonly audience: 'public' | 'coordinator',
  ) {}
}

export interface QuestionResult {
  questionId: string;
  text: string;
  kind: 'text' | 'single-choice' | 'multiple-choice' | 'scale';
  /** Responses that answered the question. */
  answered: number;
  /** Per option (choice) or per value 1–5 (scale), in the question's order; empty for free text. */
  counts: { value: string; label: string; count: number }[];
}
