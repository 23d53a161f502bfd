export class GetCompileJobQuery {
  constructor(readonly id: string) {}
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
