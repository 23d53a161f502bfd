import type { ErasedCounts } from '@pb/contracts';

/** A service's answer to an erasure request: what it erased, and when. */
export class RecordErasureAnswerCommand {
  constructor(
    readonly erasureId: string,
    readonly service: string,
    readonly erased: ErasedCounts,
    readonly answeredAt: Date,
  ) {}
}
