import { Injectable } from '@nestjs/common';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import type { EntityManager } from 'typeorm';
import type { StrategyVersion } from '../domain/strategy-version';

interface Row {
  version: string;
  previous_version: string | null;
  title: string;
  published_at: Date;
  tracks: StrategyVersion['tracks'];
  themes: StrategyVersion['themes'];
  changes: StrategyVersion['changes'];
}

const toDomain = (r: Row): StrategyVersion => ({
  version: r.version,
  previousVersion: r.previous_version,
  title: r.title,
  publishedAt: new Date(r.published_at),
  tracks: r.tracks,
  themes: r.themes,
  changes: r.changes,
});

/** Strategy versions are immutable rows: insert once, read many. */
@Injectable()
export class StrategyVersionStore {
  /** Inserts the version unless it exists; true when this call inserted it. */
  async insertIfAbsent(manager: EntityManager, v: StrategyVersion): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO strategy_versions (version, previous_version, title, published_at, tracks, themes, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (version) DO NOTHING RETURNING version`,
      [v.version, v.previousVersion, v.title, v.publishedAt, JSON.stringify(v.tracks), JSON.stringify(v.themes), JSON.stringify(v.changes)],
    );
    return rows.length === 1;
  }

  async count(manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM strategy_versions`);
    return count;
  }

  async find(manager: EntityManager, version: string): Promise<StrategyVersion | null> {
    const [row] = await manager.query(`SELECT * FROM strategy_versions WHERE version = $1`, [version]);
    return row ? toDomain(row) : null;
  }

  /** The current version: the one published last. */
  async current(manager: EntityManager): Promise<StrategyVersion | null> {
    const [row] = await manager.query(`SELECT * FROM strategy_versions ORDER BY seq DESC LIMIT 1`);
    return row ? toDomain(row) : null;
  }

  /** Newest first; keyset on seq (one version after another, never reused). */
  async list(manager: EntityManager, page: PageRequest): Promise<KeysetPage<Omit<StrategyVersion, 'tracks' | 'themes'>>> {
    const [afterSeq] = page.after ?? [null];
    const rows: (Row & { seq: string })[] = await manager.query(
      `SELECT seq, version, previous_version, title, published_at, changes, '[]'::jsonb AS tracks, '[]'::jsonb AS themes
         FROM strategy_versions WHERE $1::bigint IS NULL OR seq < $1::bigint ORDER BY seq DESC LIMIT $2`,
      [afterSeq, page.limit + 1],
    );
    return keysetPage(
      rows,
      page.limit,
      (r) => [Number(r.seq)],
      (r) => {
        const { tracks: _t, themes: _th, ...rest } = toDomain(r);
        return rest;
      },
    );
  }
}
