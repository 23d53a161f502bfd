import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StrategyVersionFact, StrategyVersionFacts } from '../../application/ports/strategy-version-facts';

/** `strategy_versions` and `strategy_themes`. */
@Injectable()
export class StrategyVersionFactsStore extends StrategyVersionFacts {
  async store(tx: EntityManager, v: StrategyVersionFact): Promise<void> {
    await tx.query(
      `INSERT INTO strategy_versions (version, previous_version, title, published_at, changes) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (version) DO UPDATE SET previous_version = EXCLUDED.previous_version, title = EXCLUDED.title,
         published_at = EXCLUDED.published_at, changes = EXCLUDED.changes`,
      [v.version, v.previousVersion, v.title, v.publishedAt, JSON.stringify(v.changes)],
    );
    await tx.query(`DELETE FROM strategy_themes WHERE version = $1`, [v.version]);
    await tx.query(
      `INSERT INTO strategy_themes (version, code, title, ambition, actions, track, spearhead)
       SELECT $1, t.code, t.title, t.ambition, t.actions, t.track, t.spearhead
         FROM jsonb_to_recordset($2::jsonb) AS t(code text, title text, ambition text, actions jsonb, track int, spearhead int)`,
      [v.version, JSON.stringify(v.themes)],
    );
  }
}
