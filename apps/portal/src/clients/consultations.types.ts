import type { components as Comments, operations as CommentsOperations } from './generated/comments';
import type { components as Proposals } from './generated/proposals';

/** The proposals and comments services' answers as the pages read them: the generated types of their OpenAPI documents. */

/** A proposal as GET /api/proposals/{id} answers (with its body and report). */
export type ProposalView = Proposals['schemas']['ProposalDto'];
/** A proposal in a list (GET /api/proposals): without body and report. */
export type ProposalSummary = Proposals['schemas']['ProposalSummaryDto'];
export type ProposalList = Proposals['schemas']['ProposalListDto'];

export type PublicResponse = Comments['schemas']['PublicResponseDto'];
export type PublicResponseList = Comments['schemas']['PublicResponseListDto'];
export type ModerationItem = Comments['schemas']['ModerationItemDto'];
export type ModerationQueue = Comments['schemas']['ModerationQueueDto'];
export type ProposalStatus = ProposalView['status'];

/** Per paragraph of the current text: published public responses pointing at it. */
export type PassageCount = Comments['schemas']['PassageCountDto'];

/** The public responses' paging and paragraph filter (GET /api/proposals/{id}/comments). */
export type PublicResponsesQuery = NonNullable<CommentsOperations['ProposalCommentsController_list']['parameters']['query']>;
