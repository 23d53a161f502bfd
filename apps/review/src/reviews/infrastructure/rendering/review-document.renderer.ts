import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DocumentTexts } from '../../domain/document-narrative';
import type { ReviewContent } from '../../domain/review-content';
import { renderReviewHtml } from './review-html.renderer';
import type { ReviewLanguage } from './review-labels';
import { renderReviewPdf } from './review-pdf.renderer';

export type ReviewDocumentFormat = 'html' | 'pdf';

/** The portal's public origin (PUBLIC_BASE_URL): the PDF's links must be absolute. */
export const REVIEW_PUBLIC_BASE_URL = Symbol('REVIEW_PUBLIC_BASE_URL');

/**
 * The one place a review becomes a document; called when a revision is stored or a theme's text
 * signed off (then on the next request), never per request.
 */
@Injectable()
export class ReviewDocumentRenderer {
  constructor(@Optional() @Inject(REVIEW_PUBLIC_BASE_URL) private readonly publicBaseUrl?: string) {}

  async render(content: ReviewContent, format: ReviewDocumentFormat, lang: ReviewLanguage, texts: DocumentTexts = []): Promise<Buffer> {
    return format === 'pdf' ? renderReviewPdf(content, lang, texts, this.publicBaseUrl) : Buffer.from(renderReviewHtml(content, lang, texts), 'utf8');
  }
}
