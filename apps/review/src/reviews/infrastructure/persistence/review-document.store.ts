import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ReviewLocks } from '../../../advisory-locks';
import { REVIEW_DOCUMENT_LANGUAGES, ReviewDocumentFormat, ReviewDocumentLanguage, ReviewDocuments, StoredReviewDocument } from '../../application/ports/review-documents';
import { NarrativeVocabularyPort } from '../../application/ports/narrative-vocabulary';
import { documentTexts } from '../../domain/document-narrative';
import type { ReviewContent } from '../../domain/review-content';
import type { ThemeNarrativeState } from '../../domain/theme-narrative';
import { ReviewDocumentRenderer } from '../rendering/review-document.renderer';
import { StateRow, toState } from './narrative.store.sql';

export const REVIEW_DOCUMENT_FORMATS: ReviewDocumentFormat[] = ['html', 'pdf'];

/** `review_documents`: the rendered HTML and PDF of each revision. */
@Injectable()
export class SqlReviewDocuments extends ReviewDocuments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: ReviewDocumentRenderer,
    private readonly vocabulary: NarrativeVocabularyPort,
  ) {
    super();
  }

  async renderAll(tx: EntityManager, content: ReviewContent): Promise<void> {
    for (const format of REVIEW_DOCUMENT_FORMATS) for (const lang of REVIEW_DOCUMENT_LANGUAGES) await this.insert(tx, content, format, lang);
  }

  async dropSignedOffRevision(tx: EntityManager, year: number, revision: number): Promise<void> {
    // The same lock as rendering: a render that read the texts before this sign-off committed is
    // stored before this delete runs (and deleted by it), never after it.
    await tx.query(`SELECT pg_advisory_xact_lock($1, $2)`, [ReviewLocks.reviewDocuments, year * 100000 + revision]);
    await tx.query(`DELETE FROM review_documents WHERE year = $1 AND revision = $2`, [year, revision]);
  }

  find(year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument | null> {
    return this.findIn(this.dataSource.manager, year, revision, format, lang);
  }

  /**
   * For a revision compiled before documents were stored, or whose documents a sign-off dropped:
   * renders it once, with the texts signed off by then. The advisory lock makes concurrent first
   * requests wait for the one rendering instead of each rendering their own.
   */
  findOrRender(year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument> {
    return this.dataSource.transaction(async (m) => {
      const [{ content }] = await m.query(`SELECT content FROM reviews WHERE year = $1 AND revision = $2`, [year, revision]);
      await m.query(`SELECT pg_advisory_xact_lock($1, $2)`, [ReviewLocks.reviewDocuments, year * 100000 + revision]);
      return (await this.findIn(m, year, revision, format, lang)) ?? this.insert(m, content as ReviewContent, format, lang, await this.signedOff(m, year, revision));
    });
  }

  private async findIn(m: EntityManager, year: number, revision: number, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage): Promise<StoredReviewDocument | null> {
    const [row] = await m.query(`SELECT body, etag FROM review_documents WHERE year = $1 AND revision = $2 AND format = $3 AND lang = $4`, [year, revision, format, lang]);
    return row ? { body: row.body, etag: row.etag } : null;
  }

  /** The revision's signed-off texts in every language (read under the lock, after any sign-off that dropped the documents). */
  private async signedOff(m: EntityManager, year: number, revision: number) {
    const rows: StateRow[] = await m.query(`SELECT * FROM review_narratives WHERE year = $1 AND revision = $2 AND signed_off_at IS NOT NULL`, [year, revision]);
    return rows.map(toState);
  }

  /** `states`: the revision's signed-off texts; none when a revision is compiled (nobody can have signed off a revision that does not exist yet). */
  private async insert(m: EntityManager, content: ReviewContent, format: ReviewDocumentFormat, lang: ReviewDocumentLanguage, states: ThemeNarrativeState[] = []): Promise<StoredReviewDocument> {
    const body = await this.renderer.render(content, format, lang, documentTexts(content, lang, states, this.vocabulary));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    await m.query(`INSERT INTO review_documents (year, revision, format, lang, body, etag) VALUES ($1, $2, $3, $4, $5, $6)`, [content.year, content.revision, format, lang, body, etag]);
    return { body, etag };
  }
}
