import { Injectable } from '@nestjs/common';
import { EventEnvelope, StrategyVersionPublishedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';

/** Themes are learnt from strategy versions; every version is kept so old classifications stay resolvable. */
@Injectable()
export class StrategyVersionPublishedConsumer implements EventConsumer {
  readonly events = [StrategyVersionPublishedV1];

  async handle(event: EventEnvelope<StrategyVersionPublishedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await manager.query(
      `INSERT INTO strategy_versions (version, previous_version, title, published_at, changes) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (version) DO UPDATE SET previous_version = EXCLUDED.previous_version, title = EXCLUDED.title,
         published_at = EXCLUDED.published_at, changes = EXCLUDED.changes`,
      [p.version, p.previousVersion ?? null, p.title, p.publishedAt, JSON.stringify(p.changes)],
    );
    await manager.query(`DELETE FROM strategy_themes WHERE version = $1`, [p.version]);
    await manager.query(
      `INSERT INTO strategy_themes (version, code, title, ambition, actions, track, spearhead)
       SELECT $1, t.code, t.title, t.ambition, t.actions, t.track, t.spearhead
         FROM jsonb_to_recordset($2::jsonb) AS t(code text, title text, ambition text, actions jsonb, track int, spearhead int)`,
      [p.version, JSON.stringify(p.themes)],
    );
  }
}
