import type { ModerationReason, ResponseStatus } from '@pb/contracts';
import { ConsultationResponse } from '../../domain/consultation-response.aggregate';
import { ResponseOrmEntity } from './response.orm-entity';

export const ResponseMapper = {
  toOrm(response: ConsultationResponse): ResponseOrmEntity {
    const { passage, ...rest } = response.snapshot();
    return Object.assign(new ResponseOrmEntity(), rest, { passageAnchor: passage?.anchor ?? null, passageQuote: passage?.quote ?? null });
  },

  toDomain(row: ResponseOrmEntity): ConsultationResponse {
    return ConsultationResponse.restore({
      id: row.id,
      proposalId: row.proposalId,
      parentId: row.parentId,
      body: row.body,
      answers: row.answers,
      authorName: row.authorName,
      authorEmail: row.authorEmail,
      emailNormalised: row.emailNormalised,
      respondentId: row.respondentId,
      onBehalfOf: row.onBehalfOf,
      isPublic: row.isPublic,
      textVersion: row.textVersion ?? null,
      passage: row.passageAnchor ? { anchor: row.passageAnchor, quote: row.passageQuote ?? null } : null,
      lang: row.lang === 'nl' || row.lang === 'en' ? row.lang : null,
      status: row.status as ResponseStatus,
      moderationReason: row.moderationReason as ModerationReason | null,
      needsReview: row.needsReview,
      flagCount: row.flagCount,
      supportCount: row.supportCount,
      submittedAt: row.submittedAt,
      verifiedAt: row.verifiedAt,
      publishedAt: row.publishedAt,
      moderatedAt: row.moderatedAt,
      erasedAt: row.erasedAt,
      version: row.version,
    });
  },
};
