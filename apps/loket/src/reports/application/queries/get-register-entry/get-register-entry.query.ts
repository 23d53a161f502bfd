export class GetRegisterEntryQuery {
  constructor(readonly reference: string) {}
}
