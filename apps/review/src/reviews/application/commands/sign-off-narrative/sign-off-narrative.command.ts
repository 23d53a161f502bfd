import type { NarrativeLanguage } from '../../../domain/review-narrative';

export class SignOffNarrativeCommand {
  constructor(
    readonly year: number,
    readonly revision: number,
    readonly theme: string,
    readonly lang: NarrativeLanguage,
    readonly by: string,
  ) {}
}
