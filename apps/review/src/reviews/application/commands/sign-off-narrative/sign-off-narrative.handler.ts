import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { NarrativeAlreadySignedOffError, NoCompiledReviewError, UnknownReviewThemeError } from '../../../domain/narrative.errors';
import { NarrativeStore } from '../../ports/narrative.store';
import { ReviewDocuments } from '../../ports/review-documents';
import { SignOffNarrativeCommand } from './sign-off-narrative.command';

/**
 * A coordinator signs a theme's text off: from then on it is public, and it no longer changes. The
 * revision's HTML and PDF show every signed-off text, so the stored ones are dropped with the
 * sign-off and rendered again, with it, on their next request.
 */
@CommandHandler(SignOffNarrativeCommand)
export class SignOffNarrativeHandler implements ICommandHandler<SignOffNarrativeCommand, void> {
  constructor(
    private readonly store: NarrativeStore,
    private readonly documents: ReviewDocuments,
    private readonly clock: Clock,
  ) {}

  async execute({ year, revision, theme, lang, by }: SignOffNarrativeCommand): Promise<void> {
    const content = await this.store.content(year, revision);
    if (!content) throw new NoCompiledReviewError(year);
    if (!content.themes.some((t) => t.code === theme)) throw new UnknownReviewThemeError(theme);
    const at = this.clock.now();
    await this.store.change(
      { year, revision: content.revision, theme, lang },
      (current) => {
        if (current?.signedOff) throw new NarrativeAlreadySignedOffError();
        return {
          next: { year, revision: content.revision, theme, lang, edits: current?.edits ?? null, signedOff: { by, at } },
          change: { at, by, action: 'sign-off', theme, lang, edits: current?.edits ?? null },
        };
      },
      (tx) => this.documents.dropSignedOffRevision(tx, year, content.revision),
    );
  }
}
