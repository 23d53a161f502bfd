import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { translatorFor, type Translate } from '@pb/i18n';
import { normaliseFilter, ReadingRoomFilter } from '../../../domain/reading-room-filter';
import { ProposalNotKnownError } from '../../../domain/response.errors';
import { ReadingRoomAnalysis, ReadingRoomResponse, ReadingRoomStore } from '../../ports/reading-room.store';
import { BODY_QUESTION } from '../../../../shared/domain/stance';
import { ExportLayout, ResponseExportWriter } from '../../ports/response-export.writer';
import { ExportResponsesQuery } from './export-responses.query';

/**
 * Rows are read in keyset batches of this size: each batch is one short query (no connection held
 * for the whole download, no cursor), and memory holds one batch at a time.
 */
export const EXPORT_BATCH = 1000;

/**
 * The coordinator's export of the reading room. The proposal is checked before the first byte, so
 * an unknown proposal is still a clean 404; after that the rows stream into the writer.
 */
@QueryHandler(ExportResponsesQuery)
export class ExportResponsesHandler implements IQueryHandler<ExportResponsesQuery, void> {
  constructor(
    private readonly store: ReadingRoomStore,
    private readonly writer: ResponseExportWriter,
  ) {}

  async execute({ proposalId, filter, format, lang, out, start }: ExportResponsesQuery): Promise<void> {
    const questions = await this.store.questions(proposalId);
    if (!questions) throw new ProposalNotKnownError();
    const t = translatorFor(lang);
    const analysis = await this.store.currentAnalysis(proposalId);
    // A choice is stored as its option's id: the file shows the option as asked.
    const labels = new Map(questions.flatMap((q) => q.options ?? []).map((o) => [o.id, o.label]));
    const layout: ExportLayout = {
      headings: {
        id: t('reading-room:export.id'),
        submittedAt: t('reading-room:export.submittedAt'),
        status: t('reading-room:export.status'),
        public: t('reading-room:export.public'),
        organisation: t('reading-room:export.organisation'),
        body: t('reading-room:export.body'),
        parentId: t('reading-room:export.parentId'),
        supportCount: t('reading-room:export.supportCount'),
      },
      questions,
      statusLabel: (status) => t(`reading-room:status.${status}`),
      yes: t('reading-room:export.yes'),
      no: t('reading-room:export.no'),
      sheetName: t('reading-room:export.sheet'),
      optionLabel: (value) => labels.get(value),
      ...(analysis ? { analysis: analysisColumns(analysis, questions, t) } : {}),
    };
    start();
    await this.writer.write(format, layout, this.rows(proposalId, normaliseFilter(filter)), out);
  }

  private async *rows(proposalId: string, filter: ReadingRoomFilter): AsyncGenerator<ReadingRoomResponse> {
    for (let after: (string | number)[] | null = null; ; ) {
      const batch = await this.store.page(proposalId, filter, { limit: EXPORT_BATCH, after });
      yield* batch.items;
      if (!batch.nextKey) return;
      after = batch.nextKey;
    }
  }
}

/** The theme by its label (its words when the label was rejected), and a stance column per question the analysis read. */
function analysisColumns(analysis: ReadingRoomAnalysis, questions: { id: string; text: string }[], t: Translate): NonNullable<ExportLayout['analysis']> {
  const themes = new Map(analysis.themes.map((th) => [th.id, th.label ?? th.terms.join(', ')]));
  const text = new Map(questions.map((q) => [q.id, q.text]));
  return {
    themeHeading: t('reading-room:export.theme'),
    themeLabel: (id) => (id ? (themes.get(id) ?? id) : ''),
    stanceColumns: analysis.stanceQuestionIds.map((questionId) => ({
      questionId,
      heading: t('reading-room:export.stance', { question: questionId === BODY_QUESTION ? t('analysis:page.responseText') : (text.get(questionId) ?? questionId) }),
    })),
    stanceLabel: (stance) => t(`analysis:stance.${stance}`),
  };
}
