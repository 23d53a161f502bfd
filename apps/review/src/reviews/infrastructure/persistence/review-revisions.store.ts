import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import type { AsOf } from '../../application/ports/figure-records';
import { ReviewRevisions } from '../../application/ports/review-revisions';
import type { FigureDefinition, ReviewContent } from '../../domain/review-content';

/** `reviews`: one row per compiled revision, with parameterised SQL. */
@Injectable()
export class SqlReviewRevisions extends ReviewRevisions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async nextRevision(tx: EntityManager, year: number): Promise<number> {
    const [{ revision }] = await tx.query(`SELECT coalesce(max(revision), 0) + 1 AS revision FROM reviews WHERE year = $1`, [year]);
    return revision;
  }

  async insert(
    tx: EntityManager,
    r: { year: number; revision: number; jobId: string; compiledAt: string; asOf: AsOf; contentJson: string; figures: Record<string, FigureDefinition> },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO reviews (year, revision, job_id, compiled_at, as_of_position, as_of_snapshot, content, figures) VALUES ($1, $2, $3, $4, $5, $6::pg_snapshot, $7, $8)`,
      [r.year, r.revision, r.jobId, r.compiledAt, r.asOf.position, r.asOf.snapshot, r.contentJson, JSON.stringify(r.figures)],
    );
  }

  async resolve(year: number, revision?: number): Promise<number | null> {
    const [row] = revision
      ? await this.dataSource.query(`SELECT revision FROM reviews WHERE year = $1 AND revision = $2`, [year, revision])
      : await this.dataSource.query(`SELECT revision FROM reviews WHERE year = $1 ORDER BY revision DESC LIMIT 1`, [year]);
    return row ? (row.revision as number) : null;
  }

  async content(year: number, revision?: number): Promise<ReviewContent | null> {
    const [row] = revision
      ? await this.dataSource.query(`SELECT content FROM reviews WHERE year = $1 AND revision = $2`, [year, revision])
      : await this.dataSource.query(`SELECT content FROM reviews WHERE year = $1 ORDER BY revision DESC LIMIT 1`, [year]);
    return row ? (row.content as ReviewContent) : null;
  }

  async list(year: number, page: PageRequest): Promise<KeysetPage<{ revision: number; compiledAt: Date }>> {
    const [after] = page.after ?? [null];
    const rows: { revision: number; compiled_at: Date }[] = await this.dataSource.query(
      `SELECT revision, compiled_at FROM reviews WHERE year = $1 AND ($2::int IS NULL OR revision > $2::int) ORDER BY revision LIMIT $3`,
      [year, after, page.limit + 1],
    );
    return keysetPage(rows, page.limit, (r) => [r.revision], (r) => ({ revision: r.revision, compiledAt: r.compiled_at }));
  }

  async figure(year: number, revision: number, figureId: string): Promise<{ asOf: AsOf; figure: FigureDefinition | null } | null> {
    const [review] = await this.dataSource.query(`SELECT as_of_position, as_of_snapshot::text AS as_of_snapshot, figures -> $3 AS figure FROM reviews WHERE year = $1 AND revision = $2`, [
      year,
      revision,
      figureId,
    ]);
    return review ? { asOf: { position: Number(review.as_of_position), snapshot: review.as_of_snapshot ?? null }, figure: review.figure } : null;
  }
}
