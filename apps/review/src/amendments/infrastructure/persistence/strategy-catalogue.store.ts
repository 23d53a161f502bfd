import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StrategyCatalogue } from '../../application/ports/strategy-catalogue';

/** `strategy_versions` and `strategy_themes` (written by the projections), read with parameterised SQL. */
@Injectable()
export class SqlStrategyCatalogue extends StrategyCatalogue {
  async latestVersion(tx: EntityManager): Promise<string | null> {
    const [latest] = await tx.query(`SELECT version FROM strategy_versions ORDER BY published_at DESC, version DESC LIMIT 1`);
    return latest ? (latest.version as string) : null;
  }

  async theme(tx: EntityManager, version: string, code: string): Promise<{ actions: string[] } | null> {
    const [theme] = await tx.query(`SELECT actions FROM strategy_themes WHERE version = $1 AND code = $2`, [version, code]);
    return theme ? { actions: theme.actions } : null;
  }

  async publishedVersions(tx: EntityManager): Promise<string[]> {
    return (await tx.query(`SELECT version FROM strategy_versions`)).map((r: { version: string }) => r.version);
  }
}
