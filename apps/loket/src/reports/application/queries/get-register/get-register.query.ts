import type { PageRequest } from '@pb/kernel';
import type { RegisterFilters } from '../../ports/report-read-model';

export class GetRegisterQuery {
  constructor(
    readonly page: PageRequest,
    readonly filters: RegisterFilters = {},
  ) {}
}
