import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NarrativeChange, NarrativeStore } from '../../application/ports/narrative.store';
import type { ReviewContent } from '../../domain/review-content';
import type { NarrativeLanguage } from '../../domain/review-narrative';
import type { NarrativeEdits, ThemeNarrativeState } from '../../domain/theme-narrative';

export interface StateRow {
  year: number;
  revision: number;
  theme: string;
  lang: NarrativeLanguage;
  edits: NarrativeEdits | null;
  signed_off_by: string | null;
  signed_off_at: Date | null;
}

export const toState = (r: StateRow): ThemeNarrativeState => ({
  year: r.year,
  revision: r.revision,
  theme: r.theme,
  lang: r.lang,
  edits: r.edits,
  signedOff: r.signed_off_by && r.signed_off_at ? { by: r.signed_off_by, at: r.signed_off_at } : null,
});

/** SQL store of the review texts' edits and sign-offs (ADR 0009: no aggregate table to map). */
@Injectable()
export class SqlNarrativeStore extends NarrativeStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async content(year: number, revision?: number): Promise<ReviewContent | null> {
    const [row]: { content: ReviewContent }[] =
      revision === undefined
        ? await this.db.query(`SELECT content FROM reviews WHERE year = $1 ORDER BY revision DESC LIMIT 1`, [year])
        : await this.db.query(`SELECT content FROM reviews WHERE year = $1 AND revision = $2`, [year, revision]);
    return row?.content ?? null;
  }

  async states(year: number, revision: number, lang: NarrativeLanguage): Promise<ThemeNarrativeState[]> {
    const rows: StateRow[] = await this.db.query(`SELECT * FROM review_narratives WHERE year = $1 AND revision = $2 AND lang = $3`, [year, revision, lang]);
    return rows.map(toState);
  }

  async change(
    key: { year: number; revision: number; theme: string; lang: NarrativeLanguage },
    decide: (current: ThemeNarrativeState | null) => { next: ThemeNarrativeState; change: NarrativeChange },
    alsoInTransaction?: (tx: EntityManager) => Promise<void>,
  ): Promise<ThemeNarrativeState> {
    return this.db.transaction(async (m) => {
      const params = [key.year, key.revision, key.theme, key.lang];
      // Make the row first so there is one to lock, also for the first change of a theme.
      await m.query(`INSERT INTO review_narratives (year, revision, theme, lang) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, params);
      const [row]: StateRow[] = await m.query(`SELECT * FROM review_narratives WHERE year = $1 AND revision = $2 AND theme = $3 AND lang = $4 FOR UPDATE`, params);
      const current = row.edits === null && row.signed_off_by === null ? null : toState(row);
      const { next, change } = decide(current);
      await m.query(`UPDATE review_narratives SET edits = $5, signed_off_by = $6, signed_off_at = $7 WHERE year = $1 AND revision = $2 AND theme = $3 AND lang = $4`, [
        ...params,
        next.edits === null ? null : JSON.stringify(next.edits),
        next.signedOff?.by ?? null,
        next.signedOff?.at ?? null,
      ]);
      await m.query(
        `INSERT INTO review_narrative_changes (year, revision, theme, lang, action, edits, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [...params, change.action, change.edits === null ? null : JSON.stringify(change.edits), change.by, change.at],
      );
      await alsoInTransaction?.(m);
      return next;
    });
  }
}
