export class DeleteSavedFilterCommand {
  constructor(
    readonly officialId: string,
    readonly id: string,
  ) {}
}
