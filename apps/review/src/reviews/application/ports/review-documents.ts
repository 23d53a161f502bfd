import type { Tx } from '@pb/persistence';
import type { ReviewContent } from '../../domain/review-content';

export type ReviewDocumentFormat = 'html' | 'pdf';

/** Each language is its own document. */
export type ReviewDocumentLanguage = 'nl' | 'en';
export const REVIEW_DOCUMENT_LANGUAGES: ReviewDocumentLanguage[] = ['nl', 'en'];

export interface StoredReviewDocument {
  body: Buffer;
  /** Strong validator of the stored bytes. */
  etag: string;
}

/** The rendered HTML and PDF of each revision (port). */
export abstract class ReviewDocuments {
  /** Renders and stores every format in every language of a revision, in the caller's transaction (the one that stores the revision). */
  abstract renderAll(tx: Tx, content: ReviewContent): Promise<void>;
  /**
   * A theme's text was signed off: the revision's stored documents no longer show everything public,
   * so they are dropped in the sign-off's transaction and rendered again, with the text, on their
   * next request (`findOrRender`).
   */
  abstract dropSignedOffRevision(tx: Tx, year: number, revision: number): Promise<void>;
  abstract find(year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument | null>;
  /** For a revision without stored documents (compiled before they were stored, or a text signed off since): renders it once (concurrent first requests wait for that one). */
  abstract findOrRender(year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument>;
}
