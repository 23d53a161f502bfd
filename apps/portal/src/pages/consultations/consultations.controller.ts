import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ProposalStatus, PublicResponsesQuery } from '../../clients/consultations.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { emptyForm, FormState } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import { fieldErrorsOf, flagRequestBody, pickFormValues, postedStrings, proposalIdOf, reportTopicPart, reportTopicQuery, responseFormErrors, responseRequestBody, supportRequestBody, TOPIC_RESPONSES_PER_PART } from '../../web/forms';
import { query } from '../../web/html';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { ATTACHMENT_PROBLEMS, RESPONSE_FILES_FIELD, responseWithFiles } from './attachments.views';
import type { RequestWithFiles } from '../../web/multipart';
import { ConsultationNotice, PUBLIC_STATUSES, renderConfirmFailed, renderConfirmPage, renderConsultationList, renderConsultationsUnavailable, renderProposal } from './consultations.views';

const ID = /^[0-9a-f-]{36}$/i;
/** A paragraph anchor of a proposal's text (see the proposals service's proposal-text.ts). */
const ANCHOR = /^a[1-9][0-9]{0,4}$/;
const anchorIn = (v: unknown): string | undefined => (typeof v === 'string' && ANCHOR.test(v) ? v : undefined);

/** Journeys 5 and 6 for citizens: browse consultations by theme, read, respond, support, flag. */
@Controller()
export class ConsultationsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Get('consultaties')
  async list(@Page() ctx: PageContext, @Query('status') status: string | undefined, @Query('thema') theme: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    const wanted = typeof status === 'string' && PUBLIC_STATUSES.includes(status) ? status : 'open';
    const themeCode = typeof theme === 'string' && /^\d+(\.\d+){1,2}$/.test(theme) ? theme : undefined;
    const cursor = pageCursor(from);
    const [result, themes] = await Promise.all([
      this.services.to('proposals', { lang: ctx.lang }).GET('/api/proposals', { params: { query: { status: formInput<ProposalStatus>(wanted), theme: themeCode, cursor } } }),
      this.themes.list(ctx.lang),
    ]);
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, `/consultaties${query({ status: wanted, thema: themeCode })}`);
    if (!result.ok) return sendPage(res, renderConsultationsUnavailable(ctx, ctx.msg('consultations:consultations.consultations'), result.unavailable ?? 'error'), 503);
    sendPage(res, renderConsultationList(ctx, { items: result.data.items ?? [], next: result.data.next, cursor, wanted, themeCode, themes }));
  }

  @Get('consultaties/:id')
  async detail(@Page() ctx: PageContext, @Param('id') id: string, @Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const replyTo = typeof q['reageer-op'] === 'string' && ID.test(q['reageer-op']) ? q['reageer-op'] : '';
    const notice = (['verstuurd', 'steun', 'gemeld', 'bevestigd'] as const).find((k) => q[k] !== undefined);
    // A report topic (`onderwerp`) wins over a paragraph (`alinea`): the topic's link names the
    // responses it rests on, and narrowing those once more to a paragraph would leave the reader
    // guessing why some of the report's responses are missing. The topic's parts (`deel`) page it
    // instead of the cursor.
    const topic = reportTopicQuery(q);
    const filter = topic ? undefined : anchorIn(q.alinea);
    const passage = anchorIn(q.over) ?? '';
    await this.renderDetail(ctx, res, id, emptyForm({ parentId: replyTo, public: 'true', onBehalf: 'individual', passage }), notice, undefined, topic ? undefined : pageCursor(q.vanaf), filter, topic);
  }

  @Post('consultaties/:id/reacties')
  async respond(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Req() req: RequestWithFiles, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const values = postedStrings(body);
    if (req.uploadProblem) {
      const errors = { [RESPONSE_FILES_FIELD]: ctx.msg(`attachments:portal.${req.uploadProblem}`) };
      return this.renderDetail(ctx, res, id, { values, errors }, undefined, { status: 413 });
    }
    const response = { ...responseRequestBody(values), language: ctx.lang };
    const files = req.postedFiles ?? [];
    const comments = this.services.to('comments', { lang: ctx.lang });
    // With documents: the same response as the `response` part of a multipart request, the files passed on as they came (see attachments.views.ts).
    const result = files.length
      ? await comments.POST('/api/proposals/{id}/comments/with-attachments', { params: { path: { id } }, body: formInput(responseWithFiles(response, files)) })
      : await comments.POST('/api/proposals/{id}/comments', { params: { path: { id } }, body: formInput(response) });
    if (result.ok) {
      res.redirect(303, `/consultaties/${id}?verstuurd=1#reageren`);
      return;
    }
    const errors = responseFormErrors(result.problem, values);
    if (result.problem?.code && ATTACHMENT_PROBLEMS.includes(result.problem.code)) errors[RESPONSE_FILES_FIELD] = result.problem.detail;
    const general = (result.status === 400 || errors[RESPONSE_FILES_FIELD]) && Object.keys(errors).length ? undefined : result.unavailable ? undefined : (result.problem?.detail ?? ctx.msg('consultations:consultations.yourResponseCouldNotBeSent'));
    await this.renderDetail(ctx, res, id, { values, errors }, undefined, { status: result.status, general, unavailable: result.unavailable });
  }

  @Post('reacties/:id/steun')
  async support(@Page() ctx: PageContext, @Param('id') responseId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const proposalId = proposalIdOf(body);
    const { email } = supportRequestBody(body);
    if (!ID.test(responseId) || !proposalId) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.services.to('comments', { lang: ctx.lang }).POST('/api/comments/{id}/support', { params: { path: { id: responseId } }, body: { email, language: ctx.lang } });
    if (result.ok) {
      res.redirect(303, `/consultaties/${proposalId}?steun=1#reactie-${responseId}`);
      return;
    }
    const errors = fieldErrorsOf(result.problem);
    await this.renderDetail(ctx, res, proposalId, { values: { [`support.${responseId}`]: email }, errors: errors.email ? { [`support.${responseId}`]: errors.email } : {} }, undefined, {
      status: result.status,
      general: errors.email || result.unavailable ? undefined : (result.problem?.detail ?? ctx.msg('consultations:consultations.yourSupportCouldNotBeProcessed')),
      unavailable: result.unavailable,
    });
  }

  @Post('reacties/:id/melden')
  async flag(@Page() ctx: PageContext, @Param('id') responseId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const proposalId = proposalIdOf(body);
    if (!ID.test(responseId) || !proposalId) return sendPage(res, renderNotFound(ctx), 404);
    const flag = flagRequestBody(body, responseId);
    const { reason } = flag;
    const result = await this.services.to('comments', { lang: ctx.lang }).POST('/api/comments/{id}/flags', { params: { path: { id: responseId } }, body: formInput(flag) });
    if (result.ok) {
      res.redirect(303, `/consultaties/${proposalId}?gemeld=1#reactie-${responseId}`);
      return;
    }
    const errors = fieldErrorsOf(result.problem);
    await this.renderDetail(ctx, res, proposalId, { values: { [`flag.${responseId}`]: reason }, errors: errors.reason ? { [`flag.${responseId}`]: ctx.msg('consultations:consultations.chooseWhyYouFlagThisResponse') } : {} }, undefined, {
      status: result.status,
      general: errors.reason || result.unavailable ? undefined : (result.problem?.detail ?? ctx.msg('consultations:consultations.yourFlagCouldNotBeProcessed')),
      unavailable: result.unavailable,
    });
  }

  /** The link in the verification mail: a page with a button, so a mail scanner's GET confirms nothing. */
  @Get('reacties/bevestigen')
  confirmPage(@Page() ctx: PageContext, @Query('token') token: string | undefined, @Res() res: Response): void {
    sendPage(res, renderConfirmPage(ctx, typeof token === 'string' ? token : ''));
  }

  @Post('reacties/bevestigen')
  async confirm(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { token = '' } = pickFormValues(body, ['token']);
    const result = await this.services.to('comments', { lang: ctx.lang }).POST('/api/comments/verifications', { body: { token } });
    if (result.ok) {
      res.redirect(303, `/consultaties/${result.data.proposalId}?bevestigd=${encodeURIComponent(result.data.status)}`);
      return;
    }
    // Only the holder of the mailbox gets here (the link came by mail), so saying why is safe.
    const alreadyResponded = result.problem?.code === 'COMMENTS.ALREADY_RESPONDED' ? result.problem.detail : undefined;
    sendPage(res, renderConfirmFailed(ctx, result.unavailable, alreadyResponded), result.unavailable ? 503 : alreadyResponded ? 409 : 400);
  }

  private async renderDetail(
    ctx: PageContext,
    res: Response,
    id: string,
    form: FormState,
    notice?: ConsultationNotice,
    failure?: { status: number; general?: string; unavailable?: 'timeout' | 'down' | 'error' },
    /** Which page of responses (the API's cursor); the first when absent. */
    cursor?: string,
    /** Only the responses to this paragraph (the per-paragraph link). */
    passage?: string,
    /** Only the responses a topic of the consultation report rests on (its link in the report). */
    topicQuery?: { topic: number; part: number },
  ): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const comments = this.services.to('comments', { lang: ctx.lang });
    const listResponses = (query: PublicResponsesQuery) => comments.GET('/api/proposals/{id}/comments', { params: { path: { id }, query: formInput<PublicResponsesQuery>(query) } });
    const proposalRequest = this.services.to('proposals', { lang: ctx.lang }).GET('/api/proposals/{id}', { params: { path: { id } } });
    // A topic's ids are in the published report, so its responses are asked for once the proposal
    // is here; a topic the report does not have lists all responses. One part's ids fit one page.
    const topicRequest = topicQuery ? proposalRequest.then((p) => (p.ok ? reportTopicPart(p.data.report?.answers, topicQuery) : undefined)) : Promise.resolve(undefined);
    const responsesRequest = topicQuery ? topicRequest.then((t) => listResponses(t ? { ids: t.ids, limit: TOPIC_RESPONSES_PER_PART } : {})) : listResponses({ cursor, passage });
    const [proposal, responses, topic, themes, counts, attachments] = await Promise.all([
      proposalRequest,
      responsesRequest,
      topicRequest,
      this.themes.list(ctx.lang),
      comments.GET('/api/proposals/{id}/comments/passages', { params: { path: { id } } }),
      comments.GET('/api/proposals/{id}/comments/attachments', { params: { path: { id } } }),
    ]);
    if (!proposal.ok) {
      if (proposal.status === 404 || proposal.status === 400) return sendPage(res, renderNotFound(ctx), 404);
      return sendPage(res, renderConsultationsUnavailable(ctx, ctx.msg('consultations:consultations.consultation'), proposal.unavailable ?? 'error'), 503);
    }
    // Results per question are public once the consultation closed.
    const closed = proposal.data.status === 'closed' || proposal.data.status === 'answered';
    const results = closed ? await this.services.to('comments', { lang: ctx.lang }).GET('/api/proposals/{id}/comments/results', { params: { path: { id } } }) : undefined;
    const status = failure ? (failure.unavailable || failure.status >= 500 ? 503 : failure.status) : 200;
    const page = responses.ok ? { items: responses.data.items ?? [], next: responses.data.next, cursor } : null;
    sendPage(res, renderProposal(ctx, proposal.data, page, form, notice, failure, themes, { counts: counts.ok ? (counts.data.items ?? []) : null, filter: passage }, results?.ok ? (results.data.items ?? []) : [], attachments.ok ? (attachments.data.items ?? []) : [], topic), status);
  }
}
