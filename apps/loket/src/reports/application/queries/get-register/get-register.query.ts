import type { PageRequest } from '@pb/kernel';

export class GetRegisterQuery {
  constructor(readonly page: PageRequest) {}
}
