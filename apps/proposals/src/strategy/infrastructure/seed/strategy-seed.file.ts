import { Injectable } from '@nestjs/common';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrategySeed } from '../../application/ports/strategy-seed';
import type { StrategyVersion } from '../../domain/strategy-version';

/** Version 2018.0, checked against the strategy's source text (see seed/README.md). */
export const SEED_FILE = path.join(__dirname, '..', '..', 'seed', 'strategy-2018.0.json');

export function loadSeed(file = SEED_FILE): StrategyVersion {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { version: raw.version, previousVersion: null, title: raw.title, publishedAt: new Date(raw.publishedAt), tracks: raw.tracks, themes: raw.themes, changes: [] };
}

@Injectable()
export class StrategySeedFile extends StrategySeed {
  load(): StrategyVersion {
    return loadSeed();
  }
}
