import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { NoCompiledReviewError, UnknownReviewThemeError } from '../../../domain/narrative.errors';
import { draftThemeNarrative } from '../../../domain/review-narrative';
import { checkEdits } from '../../../domain/theme-narrative';
import { NarrativeVocabularyPort } from '../../ports/narrative-vocabulary';
import { NarrativeStore } from '../../ports/narrative.store';
import { EditNarrativeCommand } from './edit-narrative.command';

/** A coordinator rewords or drops sentences of a theme's draft; every edit is kept in the history. */
@CommandHandler(EditNarrativeCommand)
export class EditNarrativeHandler implements ICommandHandler<EditNarrativeCommand, void> {
  constructor(
    private readonly store: NarrativeStore,
    private readonly vocabulary: NarrativeVocabularyPort,
    private readonly clock: Clock,
  ) {}

  async execute({ year, revision, theme, lang, edits, by }: EditNarrativeCommand): Promise<void> {
    const content = await this.store.content(year, revision);
    if (!content) throw new NoCompiledReviewError(year);
    const section = content.themes.find((t) => t.code === theme);
    if (!section) throw new UnknownReviewThemeError(theme);
    const draft = draftThemeNarrative(section, year, lang, this.vocabulary);
    const at = this.clock.now();
    await this.store.change({ year, revision: content.revision, theme, lang }, (current) => {
      checkEdits(draft, edits, current);
      return {
        next: { year, revision: content.revision, theme, lang, edits, signedOff: null },
        change: { at, by, action: 'edit', theme, lang, edits },
      };
    });
  }
}
