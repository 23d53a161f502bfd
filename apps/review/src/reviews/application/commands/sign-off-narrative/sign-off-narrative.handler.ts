import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { NarrativeAlreadySignedOffError, NoCompiledReviewError, UnknownReviewThemeError } from '../../../domain/narrative.errors';
import { NarrativeStore } from '../../ports/narrative.store';
import { SignOffNarrativeCommand } from './sign-off-narrative.command';

/** A coordinator signs a theme's text off: from then on it is public, and it no longer changes. */
@CommandHandler(SignOffNarrativeCommand)
export class SignOffNarrativeHandler implements ICommandHandler<SignOffNarrativeCommand, void> {
  constructor(
    private readonly store: NarrativeStore,
    private readonly clock: Clock,
  ) {}

  async execute({ year, revision, theme, lang, by }: SignOffNarrativeCommand): Promise<void> {
    const content = await this.store.content(year, revision);
    if (!content) throw new NoCompiledReviewError(year);
    if (!content.themes.some((t) => t.code === theme)) throw new UnknownReviewThemeError(theme);
    const at = this.clock.now();
    await this.store.change({ year, revision: content.revision, theme, lang }, (current) => {
      if (current?.signedOff) throw new NarrativeAlreadySignedOffError();
      return {
        next: { year, revision: content.revision, theme, lang, edits: current?.edits ?? null, signedOff: { by, at } },
        change: { at, by, action: 'sign-off', theme, lang, edits: current?.edits ?? null },
      };
    });
  }
}
