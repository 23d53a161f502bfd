import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SCALE_MAX, SCALE_MIN } from '@pb/contracts';
import { ProposalNotKnownError, ResultsNotPublicYetError } from '../../../domain/response.errors';
import { ReadingRoomStore } from '../../ports/reading-room.store';
import { QuestionResult, QuestionResultsQuery } from './question-results.query';

const PUBLIC_AFTER = new Set(['closed', 'answered']);

/**
 * Results per question (issue 11 item 6). Every option and every scale value is listed, chosen or
 * not, so a chart and its table show the zeroes too. While the consultation is open only the
 * coordinator sees them: early counts would steer the responses still to come.
 */
@QueryHandler(QuestionResultsQuery)
export class QuestionResultsHandler implements IQueryHandler<QuestionResultsQuery, QuestionResult[]> {
  constructor(private readonly store: ReadingRoomStore) {}

  async execute({ proposalId, audience }: QuestionResultsQuery): Promise<QuestionResult[]> {
    const data = await this.store.answerCounts(proposalId);
    if (!data) throw new ProposalNotKnownError();
    if (audience === 'public' && !PUBLIC_AFTER.has(data.status)) throw new ResultsNotPublicYetError();
    const count = (questionId: string, value: string | null) => data.counts.find((c) => c.questionId === questionId && c.value === value)?.count ?? 0;
    return data.questions.map((q) => {
      const kind = q.kind ?? 'text';
      const values =
        kind === 'scale'
          ? Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => ({ value: String(SCALE_MIN + i), label: String(SCALE_MIN + i) }))
          : kind === 'text'
            ? []
            : (q.options ?? []).map((o) => ({ value: o.id, label: o.label }));
      return { questionId: q.id, text: q.text, kind, answered: count(q.id, null), counts: values.map((v) => ({ ...v, count: count(q.id, v.value) })) };
    });
  }
}
