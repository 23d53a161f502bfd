import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StrategyThemes, StrategyVersionThemes } from '../../application/ports/strategy-themes';

@Injectable()
export class TypeOrmStrategyThemes extends StrategyThemes {
  async current(manager: EntityManager): Promise<StrategyVersionThemes | null> {
    const [version]: { version: string; title: string; published_at: Date }[] = await manager.query(
      `SELECT version, title, published_at FROM strategy_versions ORDER BY published_at DESC, version DESC LIMIT 1`,
    );
    if (!version) return null;
    const themes: { code: string; title: string }[] = await manager.query(`SELECT code, title FROM strategy_themes WHERE version = $1 ORDER BY code`, [version.version]);
    return { version: version.version, title: version.title, publishedAt: version.published_at, themes };
  }

  async store(manager: EntityManager, v: StrategyVersionThemes): Promise<void> {
    // Replaces the version's themes wholesale: a version event always carries all of them.
    await manager.query(
      `INSERT INTO strategy_versions (version, title, published_at) VALUES ($1, $2, $3)
       ON CONFLICT (version) DO UPDATE SET title = EXCLUDED.title, published_at = EXCLUDED.published_at`,
      [v.version, v.title, v.publishedAt],
    );
    await manager.query(`DELETE FROM strategy_themes WHERE version = $1`, [v.version]);
    for (const t of v.themes) {
      await manager.query(`INSERT INTO strategy_themes (version, code, title) VALUES ($1, $2, $3)`, [v.version, t.code, t.title]);
    }
  }
}
