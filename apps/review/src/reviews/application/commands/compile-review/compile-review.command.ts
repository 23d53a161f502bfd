export class CompileReviewCommand {
  constructor(
    readonly year: number,
    /** Pseudonymous id of the coordinator. */
    readonly requestedBy: string,
  ) {}
}

export interface CompileJobView {
  id: string;
  year: number;
  status: 'queued' | 'running' | 'completed' | 'failed';
  progress: { step: number; totalSteps: number; percent: number };
  revision: number | null;
  review: string | null;
  createdAt: string;
  updatedAt: string;
}
