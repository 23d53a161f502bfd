import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource } from 'typeorm';
import { ChangelogEntry, StrategyVersions } from '../../application/ports/strategy-versions';
import type { ThemeVersion } from '@pb/kernel';

/** `strategy_versions` and `strategy_themes`, read with parameterised SQL. */
@Injectable()
export class SqlStrategyVersions extends StrategyVersions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async changelog(page: PageRequest): Promise<KeysetPage<ChangelogEntry>> {
    const [at, version] = page.after ?? [null, null];
    const rows: (ChangelogEntry & { cursor_at: string })[] = await this.dataSource.query(
      `SELECT version, previous_version AS "previousVersion", title, published_at AS "publishedAt", changes, ${cursorTimestamp('published_at')} AS cursor_at
         FROM strategy_versions WHERE $1::timestamptz IS NULL OR (published_at, version) > ($1::timestamptz, $2::text)
        ORDER BY published_at, version LIMIT $3`,
      [at, version, page.limit + 1],
    );
    return keysetPage(rows, page.limit, (r) => [r.cursor_at, r.version], ({ cursor_at: _c, ...row }) => row);
  }

  async themes(version: string): Promise<ThemeVersion[] | null> {
    const [known] = await this.dataSource.query(`SELECT 1 FROM strategy_versions WHERE version = $1`, [version]);
    if (!known) return null;
    return this.dataSource.query(`SELECT code, title, ambition, actions FROM strategy_themes WHERE version = $1`, [version]);
  }
}
