import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ReviewLocks } from '../../../advisory-locks';
import { REVIEW_DOCUMENT_LANGUAGES, ReviewDocumentFormat, ReviewDocumentLanguage, ReviewDocuments, StoredReviewDocument } from '../../application/ports/review-documents';
import type { ReviewContent } from '../../domain/review-content';
import { ReviewDocumentRenderer } from '../rendering/review-document.renderer';

export const REVIEW_DOCUMENT_FORMATS: ReviewDocumentFormat[] = ['html', 'pdf'];

/** `review_documents`: the rendered HTML and PDF of each revision. */
@Injectable()
export class SqlReviewDocuments extends ReviewDocuments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: ReviewDocumentRenderer,
  ) {
    super();
  }

  async renderAll(tx: EntityManager, content: ReviewContent): Promise<void> {
    for (const format of REVIEW_DOCUMENT_FORMATS) for (const lang of REVIEW_DOCUMENT_LANGUAGES) await this.insert(tx, content, format, lang);
  }

  find(year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument | null> {
    return this.findIn(this.dataSource.manager, year, revision, format, lang);
  }

  /**
   * For a revision compiled before documents were stored: renders it once. The advisory lock makes
   * concurrent first requests wait for the one rendering instead of each rendering their own.
   */
  findOrRender(year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument> {
    return this.dataSource.transaction(async (m) => {
      const [{ content }] = await m.query(`SELECT content FROM reviews WHERE year = $1 AND revision = $2`, [year, revision]);
      await m.query(`SELECT pg_advisory_xact_lock($1, $2)`, [ReviewLocks.reviewDocuments, year * 100000 + revision]);
      return (await this.findIn(m, year, revision, format, lang)) ?? this.insert(m, content as ReviewContent, format, lang);
    });
  }

  private async findIn(m: EntityManager, year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument | null> {
    const [row] = await m.query(`SELECT body, etag FROM review_documents WHERE year = $1 AND revision = $2 AND format = $3 AND lang = $4`, [year, revision, format, lang]);
    return row ? { body: row.body, etag: row.etag } : null;
  }

  private async insert(m: EntityManager, content: ReviewContent, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument> {
    const body = await this.renderer.render(content, format, lang);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    await m.query(`INSERT INTO review_documents (year, revision, format, lang, body, etag) VALUES ($1, $2, $3, $4, $5, $6)`, [content.year, content.revision, format, lang, body, etag]);
    return { body, etag };
  }
}
