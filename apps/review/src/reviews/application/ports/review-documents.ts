import type { EntityManager } from 'typeorm';
import type { ReviewContent } from '../../domain/review-content';

export type ReviewDocumentFormat = 'html' | 'pdf';

export interface StoredReviewDocument {
  body: Buffer;
  /** Strong validator of the stored bytes. */
  etag: string;
}

/** The rendered HTML and PDF of each revision (port). */
export abstract class ReviewDocuments {
  /** Renders and stores every format of a revision, in the caller's transaction (the one that stores the revision). */
  abstract renderAll(tx: EntityManager, content: ReviewContent): Promise<void>;
  abstract find(year: number, revision: number, format: ReviewDocumentFormat): Promise<StoredReviewDocument | null>;
  /** For a revision compiled before documents were stored: renders it once (concurrent first requests wait for that one). */
  abstract findOrRender(year: number, revision: number, format: ReviewDocumentFormat): Promise<StoredReviewDocument>;
}
