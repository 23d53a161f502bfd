import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProposalsLocks } from '../../../advisory-locks';
import { StrategyVersionRepository } from '../../application/ports/strategy-version.repository';
import type { StrategyVersion } from '../../domain/strategy-version';

/** A `strategy_versions` row as pg returns it. */
export interface StrategyVersionRow {
  version: string;
  previous_version: string | null;
  title: string;
  published_at: Date;
  tracks: StrategyVersion['tracks'];
  themes: StrategyVersion['themes'];
  changes: StrategyVersion['changes'];
}

export const toStrategyVersion = (r: StrategyVersionRow): StrategyVersion => ({
  version: r.version,
  previousVersion: r.previous_version,
  title: r.title,
  publishedAt: new Date(r.published_at),
  tracks: r.tracks,
  themes: r.themes,
  changes: r.changes,
});

/**
 * Strategy versions are immutable rows: insert once, read many. Plain SQL rather than an ORM entity:
 * there is no aggregate to map (a version is a value, never updated), and the insert relies on
 * `ON CONFLICT DO NOTHING` to tell whether this call stored it.
 */
@Injectable()
export class StrategyVersionStore extends StrategyVersionRepository {
  async insertIfAbsent(tx: EntityManager, v: StrategyVersion): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO strategy_versions (version, previous_version, title, published_at, tracks, themes, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (version) DO NOTHING RETURNING version`,
      [v.version, v.previousVersion, v.title, v.publishedAt, JSON.stringify(v.tracks), JSON.stringify(v.themes), JSON.stringify(v.changes)],
    );
    return rows.length === 1;
  }

  async count(tx: EntityManager): Promise<number> {
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM strategy_versions`);
    return count;
  }

  async find(tx: EntityManager, version: string): Promise<StrategyVersion | null> {
    const [row] = await tx.query(`SELECT * FROM strategy_versions WHERE version = $1`, [version]);
    return row ? toStrategyVersion(row) : null;
  }

  async current(tx: EntityManager): Promise<StrategyVersion | null> {
    const [row] = await tx.query(`SELECT * FROM strategy_versions ORDER BY seq DESC LIMIT 1`);
    return row ? toStrategyVersion(row) : null;
  }

  async lockSeeding(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1, 0)`, [ProposalsLocks.strategySeed]);
  }
}
