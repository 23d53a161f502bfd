import { Injectable } from '@nestjs/common';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrategySeed } from '../../application/ports/strategy-seed';
import type { StrategyTheme, StrategyTrack, StrategyVersion } from '../../domain/strategy-version';

/** Version 2018.0, checked against the strategy's source text (see seed/README.md). */
export const SEED_FILE = path.join(__dirname, '..', '..', 'seed', 'strategy-2018.0.json');

/** The English titles, ambitions and actions beside it (issue 11 item 7), by track, spearhead and theme code. */
export const SEED_ENGLISH_FILE = path.join(__dirname, '..', '..', 'seed', 'strategy-2018.0.en.json');

interface SeedEnglish {
  tracks: Record<string, string>;
  spearheads: Record<string, string>;
  themes: Record<string, { title: string; ambition?: string; actions?: string[] }>;
}

export function loadSeed(file = SEED_FILE, englishFile: string | null = SEED_ENGLISH_FILE): StrategyVersion {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const en: SeedEnglish | null = englishFile ? JSON.parse(fs.readFileSync(englishFile, 'utf8')) : null;
  const theme = (t: StrategyTheme): StrategyTheme => (en?.themes[t.code] ? { ...t, en: { ...en.themes[t.code] } } : t);
  const tracks = (raw.tracks as StrategyTrack[]).map((tr) => ({
    ...tr,
    ...(en?.tracks[tr.number] ? { en: { title: en.tracks[tr.number] } } : {}),
    ...(tr.themes ? { themes: tr.themes.map(theme) } : {}),
    ...(tr.spearheads ? { spearheads: tr.spearheads.map((s) => ({ ...s, ...(en?.spearheads[s.number] ? { en: { title: en.spearheads[s.number] } } : {}), themes: s.themes.map(theme) })) } : {}),
  }));
  return { version: raw.version, previousVersion: null, title: raw.title, publishedAt: new Date(raw.publishedAt), tracks, themes: (raw.themes as StrategyTheme[]).map(theme), changes: [] };
}

@Injectable()
export class StrategySeedFile extends StrategySeed {
  load(): StrategyVersion {
    return loadSeed();
  }
}
