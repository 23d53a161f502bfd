import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NoCompiledReviewError } from '../../../domain/narrative.errors';
import { draftThemeNarrative } from '../../../domain/review-narrative';
import { publishedSentences } from '../../../domain/theme-narrative';
import { NarrativeVocabularyPort } from '../../ports/narrative-vocabulary';
import { NarrativeStore } from '../../ports/narrative.store';
import { GetNarrativeQuery, NarrativeView } from './get-narrative.query';

/**
 * The review's text per theme: drafted from the compiled figures at every read (a draft is cheap
 * and always matches its revision), with the coordinator's stored edits and sign-off applied.
 */
@QueryHandler(GetNarrativeQuery)
export class GetNarrativeHandler implements IQueryHandler<GetNarrativeQuery, NarrativeView> {
  constructor(
    private readonly store: NarrativeStore,
    private readonly vocabulary: NarrativeVocabularyPort,
  ) {}

  async execute({ year, lang, revision, withDrafts }: GetNarrativeQuery): Promise<NarrativeView> {
    const content = await this.store.content(year, revision);
    if (!content) throw new NoCompiledReviewError(year);
    const states = new Map((await this.store.states(year, content.revision, lang)).map((s) => [s.theme, s]));
    const themes = content.themes.flatMap((section) => {
      const state = states.get(section.code);
      if (!state?.signedOff && !withDrafts) return [];
      const draft = draftThemeNarrative(section, year, lang, this.vocabulary);
      return [
        {
          code: section.code,
          title: section.title,
          status: state?.signedOff ? ('signed-off' as const) : ('draft' as const),
          signedOff: state?.signedOff ? { by: state.signedOff.by, at: state.signedOff.at.toISOString() } : null,
          sentences: publishedSentences(draft, state?.edits ?? null),
        },
      ];
    });
    return { year, revision: content.revision, lang, themes };
  }
}
