import type { NarrativeLanguage } from '../../../domain/review-narrative';
import type { NarrativeEdits } from '../../../domain/theme-narrative';

export class EditNarrativeCommand {
  constructor(
    readonly year: number,
    readonly revision: number,
    readonly theme: string,
    readonly lang: NarrativeLanguage,
    readonly edits: NarrativeEdits,
    readonly by: string,
  ) {}
}
