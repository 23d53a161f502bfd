import { Injectable } from '@nestjs/common';
import type { ReviewContent } from '../../domain/review-content';
import { renderReviewHtml } from './review-html.renderer';
import { renderReviewPdf } from './review-pdf.renderer';

export type ReviewDocumentFormat = 'html' | 'pdf';

/** The one place a review becomes a document; called when a revision is stored, never per request. */
@Injectable()
export class ReviewDocumentRenderer {
  async render(content: ReviewContent, format: ReviewDocumentFormat): Promise<Buffer> {
    return format === 'pdf' ? renderReviewPdf(content) : Buffer.from(renderReviewHtml(content), 'utf8');
  }
}
