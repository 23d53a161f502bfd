export class GetRegisterQuery {
  constructor(
    readonly page: number,
    readonly pageSize: number,
  ) {}
}
