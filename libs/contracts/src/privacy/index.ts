import { ErasureCompletedV1 } from './erasure-completed.v1';
import { ErasureRequestedV1 } from './erasure-requested.v1';

export * from './vocabulary';
export * from './erasure-requested.v1';
export * from './erasure-completed.v1';

export const privacyEvents = [ErasureRequestedV1, ErasureCompletedV1] as const;
