import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { KeysetPage, keysetPage } from '@pb/kernel';
import { answerText } from '../../../domain/answer-rules';
import { ProposalNotKnownError } from '../../../domain/response.errors';
import { PublishedResponseRow, ResponseReadModel } from '../../ports/response-read-model';
import { ListPublicResponsesQuery, PublicResponseView } from './list-public-responses.query';

/**
 * Replies that come with one page of responses, at most. A thread deeper or wider than this is cut
 * (newest replies last); the page stays bounded whatever one thread does.
 */
export const REPLIES_PER_PAGE = 1000;

/**
 * Published public responses with their replies and support counts. What is visible is decided in
 * one place, the read model's SQL; this puts the threads together and names the questions. No name
 * or e-mail.
 */
@QueryHandler(ListPublicResponsesQuery)
export class ListPublicResponsesHandler implements IQueryHandler<ListPublicResponsesQuery, { proposalId: string; total: number } & KeysetPage<PublicResponseView>> {
  constructor(private readonly readModel: ResponseReadModel) {}

  async execute({ proposalId, page, filter }: ListPublicResponsesQuery) {
    const proposalQuestions = await this.readModel.proposalQuestions(proposalId);
    if (!proposalQuestions) throw new ProposalNotKnownError();
    const top = await this.readModel.publishedTopLevel(proposalId, page, filter);
    const shown = top.slice(0, page.limit);
    const replies = shown.length ? await this.readModel.publishedReplies(shown.map((r) => r.id), REPLIES_PER_PAGE) : [];
    const total = await this.readModel.publishedCount(proposalId, filter);
    const questions = new Map(proposalQuestions.map((q) => [q.id, q]));
    const anchors = await this.readModel.proposalAnchors(proposalId);
    const since = new Map((anchors ?? []).map((a) => [a.anchor, a.since]));
    const passageView = (r: PublishedResponseRow): PublicResponseView['passage'] => {
      if (!r.passage) return null;
      const textVersion = r.textVersion ?? 1;
      const changedIn = since.get(r.passage.anchor);
      return { ...r.passage, textVersion, earlierText: changedIn !== undefined && textVersion < changedIn, removed: !!anchors && changedIn === undefined };
    };
    const view = (r: PublishedResponseRow): PublicResponseView => ({
      id: r.id,
      body: r.body,
      // A choice reads as its option's label, a scale value as "4 / 5": the public list stays text.
      answers: r.answers.map((a) => ({ questionId: a.questionId, question: questions.get(a.questionId)?.text ?? '', answer: answerText(questions.get(a.questionId), a.answer) })),
      onBehalfOf: r.onBehalfOf,
      publishedAt: r.publishedAt.toISOString(),
      supportCount: r.supportCount,
      passage: passageView(r),
      replies: [],
    });
    const views = new Map<string, PublicResponseView>();
    for (const r of [...shown, ...replies]) views.set(r.id, view(r));
    for (const r of replies) views.get(r.parentId!)?.replies.push(views.get(r.id)!);
    return { proposalId, total, ...keysetPage(top, page.limit, (r) => r.key, (r) => views.get(r.id)!) };
  }
}
