import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { StrategyVersionReadModel, StrategyVersionSummary } from '../../application/ports/strategy-version.read-model';
import type { StrategyVersion } from '../../domain/strategy-version';
import { StrategyVersionRow, StrategyVersionStore, toStrategyVersion } from './strategy-version.store';

/** The public reads: the same rows as the write side, outside a transaction, plus the paged list. */
@Injectable()
export class StrategyVersionReadModelStore extends StrategyVersionReadModel {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: StrategyVersionStore,
  ) {
    super();
  }

  current(): Promise<StrategyVersion | null> {
    return this.store.current(this.ds.manager);
  }

  find(version: string): Promise<StrategyVersion | null> {
    return this.store.find(this.ds.manager, version);
  }

  /** Newest first; keyset on seq (one version after another, never reused). */
  async list(page: PageRequest): Promise<KeysetPage<StrategyVersionSummary>> {
    const [afterSeq] = page.after ?? [null];
    const rows: (StrategyVersionRow & { seq: string })[] = await this.ds.query(
      `SELECT seq, version, previous_version, title, published_at, changes, '[]'::jsonb AS tracks, '[]'::jsonb AS themes
         FROM strategy_versions WHERE $1::bigint IS NULL OR seq < $1::bigint ORDER BY seq DESC LIMIT $2`,
      [afterSeq, page.limit + 1],
    );
    return keysetPage(
      rows,
      page.limit,
      (r) => [Number(r.seq)],
      (r) => {
        const { tracks: _t, themes: _th, ...rest } = toStrategyVersion(r);
        return rest;
      },
    );
  }
}
