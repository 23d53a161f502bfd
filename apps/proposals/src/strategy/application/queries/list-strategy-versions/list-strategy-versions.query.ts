import type { PageRequest } from '@pb/kernel';

export class ListStrategyVersionsQuery {
  constructor(readonly page: PageRequest) {}
}
