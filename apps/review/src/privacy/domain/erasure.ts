import { ERASURE_SERVICES, ErasedCounts, ErasureService } from '@pb/contracts/vocabulary';

export type ErasureStatus = 'pending' | 'completed';

export interface ErasureAnswer {
  service: string;
  erased: ErasedCounts;
  answeredAt: Date;
}

export interface ServiceErasure {
  service: ErasureService;
  status: ErasureStatus;
  erased: ErasedCounts | null;
  answeredAt: Date | null;
}

/**
 * Where an erasure stands: one line per service that holds personal data (ERASURE_SERVICES), and
 * `completed` once every one of them has answered — not before, whatever else arrives.
 */
export function erasureProgress(answers: readonly ErasureAnswer[]): { status: ErasureStatus; services: ServiceErasure[] } {
  const byService = new Map(answers.map((a) => [a.service, a]));
  const services = ERASURE_SERVICES.map((service): ServiceErasure => {
    const answer = byService.get(service);
    return answer ? { service, status: 'completed', erased: answer.erased, answeredAt: answer.answeredAt } : { service, status: 'pending', erased: null, answeredAt: null };
  });
  return { status: services.every((s) => s.status === 'completed') ? 'completed' : 'pending', services };
}
