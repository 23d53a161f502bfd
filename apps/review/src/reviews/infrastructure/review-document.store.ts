import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ReviewContent } from '../domain/review-content';
import { ReviewDocumentFormat, ReviewDocumentRenderer } from './review-document.renderer';

export const REVIEW_DOCUMENT_FORMATS: ReviewDocumentFormat[] = ['html', 'pdf'];

export interface StoredReviewDocument {
  body: Buffer;
  etag: string;
}

/** `review_documents`: the rendered HTML and PDF of each revision. */
@Injectable()
export class ReviewDocumentStore {
  constructor(private readonly renderer: ReviewDocumentRenderer) {}

  /** Renders and stores every format of a revision, in the caller's transaction (the one that stores the revision). */
  async renderAll(m: EntityManager, content: ReviewContent): Promise<void> {
    for (const format of REVIEW_DOCUMENT_FORMATS) await this.insert(m, content, format);
  }

  async find(m: EntityManager, year: number, revision: number, format: ReviewDocumentFormat): Promise<StoredReviewDocument | null> {
    const [row] = await m.query(`SELECT body, etag FROM review_documents WHERE year = $1 AND revision = $2 AND format = $3`, [year, revision, format]);
    return row ? { body: row.body, etag: row.etag } : null;
  }

  /**
   * For a revision compiled before documents were stored: renders it once. The advisory lock makes
   * concurrent first requests wait for the one rendering instead of each rendering their own.
   */
  async findOrRender(m: EntityManager, content: ReviewContent, format: ReviewDocumentFormat): Promise<StoredReviewDocument> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('review_documents'), $1)`, [content.year * 100000 + content.revision]);
    return (await this.find(m, content.year, content.revision, format)) ?? this.insert(m, content, format);
  }

  private async insert(m: EntityManager, content: ReviewContent, format: ReviewDocumentFormat): Promise<StoredReviewDocument> {
    const body = await this.renderer.render(content, format);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    await m.query(`INSERT INTO review_documents (year, revision, format, body, etag) VALUES ($1, $2, $3, $4, $5)`, [content.year, content.revision, format, body, etag]);
    return { body, etag };
  }
}
