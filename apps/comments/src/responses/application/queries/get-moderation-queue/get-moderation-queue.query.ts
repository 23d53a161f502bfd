import type { PageRequest } from '@pb/kernel';

export class GetModerationQueueQuery {
  constructor(
    readonly proposalId: string | undefined,
    /** Pages in (submittedAt, id) order, oldest first. */
    readonly page: PageRequest,
  ) {}
}
