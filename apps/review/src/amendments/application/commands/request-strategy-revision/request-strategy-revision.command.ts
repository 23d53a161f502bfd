export class RequestStrategyRevisionCommand {
  constructor(
    readonly year: number,
    readonly by: string,
  ) {}
}

export interface RevisionRequestView {
  id: string;
  year: number;
  baseVersion: string;
  newVersion: string;
  amendments: string[];
}
