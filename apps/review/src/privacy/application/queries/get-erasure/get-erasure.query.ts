import type { ErasedCounts } from '@pb/contracts';
import type { ErasureStatus } from '../../../domain/erasure';

export class GetErasureQuery {
  constructor(readonly id: string) {}
}

export interface ErasureView {
  id: string;
  status: ErasureStatus;
  requestedAt: string;
  requestedBy: string;
  completedAt: string | null;
  /** One line per service that holds personal data: what it erased, counted per kind. */
  services: { service: string; status: ErasureStatus; erased: ErasedCounts | null; answeredAt: string | null }[];
}
