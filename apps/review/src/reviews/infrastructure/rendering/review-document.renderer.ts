import { Injectable } from '@nestjs/common';
import type { ReviewContent } from '../../domain/review-content';
import { renderReviewHtml } from './review-html.renderer';
import type { ReviewLanguage } from './review-labels';
import { renderReviewPdf } from './review-pdf.renderer';

export type ReviewDocumentFormat = 'html' | 'pdf';

/** The one place a review becomes a document; called when a revision is stored, never per request. */
@Injectable()
export class ReviewDocumentRenderer {
  async render(content: ReviewContent, format: ReviewDocumentFormat, lang: ReviewLanguage): Promise<Buffer> {
    return format === 'pdf' ? renderReviewPdf(content, lang) : Buffer.from(renderReviewHtml(content, lang), 'utf8');
  }
}
