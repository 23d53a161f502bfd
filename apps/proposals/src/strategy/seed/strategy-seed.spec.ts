import * as fs from 'fs';
import * as path from 'path';

/**
 * Checks the strategy seed (strategy-2018.0.json) against the source text of the
 * Nederlandse Digitaliseringsstrategie (2018) kept next to it in ./source.
 */

interface Theme {
  code: string;
  title: string;
  ambition: string;
  actions: string[];
  track: 1 | 2;
  spearhead: number | null;
}

interface Spearhead {
  number: number;
  title: string;
  themes: Theme[];
}

interface Track {
  number: number;
  title: string;
  themes?: Theme[];
  spearheads?: Spearhead[];
}

interface StrategySeed {
  version: string;
  title: string;
  publishedAt: string;
  tracks: Track[];
  themes: Theme[];
}

const SEED_FILE = path.join(__dirname, 'strategy-2018.0.json');
const SOURCE_FILE = path.join(__dirname, 'source', 'nederlandse-digitaliseringsstrategie-2018.txt');

const seed: StrategySeed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8'));
const rawSource = fs.readFileSync(SOURCE_FILE, 'utf8');

/** Header row repeated at the top of every page of the summary tables. */
const TABLE_HEADER = 'Domein Ambitie/uitgangspunt Acties';
/** First heading after the summary tables. */
const TABLES_END = 'H1. Nederland als digitale koploper';
/** Prose between the track 2 heading and its table; it is not part of any domain. */
const TRACK_2_INTRO =
  'Het fundament voor digitalisering – waaronder privacy bescherming, cybersecurity, digitale vaardigheden en ' +
  'eerlijke concurrentie – moet op orde zijn en verder worden versterkt. Het kabinet zet hiervoor in op vijf ' +
  'speerpunten, zodat burgers en bedrijven de kansen kunnen benutten die digitalisering biedt.';

/** Undo hyphenation at line breaks ("informatie-\nvaardigheden" -> "informatievaardigheden"), collapse whitespace. */
function normalise(text: string): string {
  return text
    .replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{Ll})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same, but keeping the hyphen (for a genuine hyphen that happens to fall at a line break). */
function normaliseKeepingHyphens(text: string): string {
  return text
    .replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

const source = normalise(rawSource);
const sourceKeepingHyphens = normaliseKeepingHyphens(rawSource);

function inSource(fragment: string): boolean {
  const f = normalise(fragment);
  return f.length > 0 && (source.includes(f) || sourceKeepingHyphens.includes(f));
}

/** The two summary tables (plus the track 2 heading and intro between them), normalised. */
function tablesRegion(): string {
  const start = source.indexOf(TABLE_HEADER);
  const end = source.indexOf(TABLES_END);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return source.slice(start, end);
}

/** Seed text fragments in the order they are expected to appear in the tables. */
function expectedTableSequence(s: StrategySeed): string[] {
  const rows = (themes: Theme[]): string[] => themes.flatMap((t) => [t.title, t.ambition, ...t.actions]);
  const [track1, track2] = s.tracks;
  return [
    ...rows(track1.themes ?? []),
    track2.title,
    ...(track2.spearheads ?? []).flatMap((sp) => [sp.title, ...rows(sp.themes)]),
  ].map(normalise);
}

/** Text in the tables that is not seed content: page headers, bullets, the "2." numbering, the track 2 intro. */
function stripBoilerplate(gap: string): string {
  return gap
    .split(TABLE_HEADER)
    .join(' ')
    .split(TRACK_2_INTRO)
    .join(' ')
    .replace(/•/g, ' ')
    .replace(/^\s*2\.\s*$/, ' ')
    .trim();
}

/**
 * Walks the tables from start to end, consuming the seed fragments in order. Returns a list of problems:
 * fragments not found in order, and table text that no seed fragment accounts for (e.g. a missed domain).
 */
function coverageProblems(s: StrategySeed): string[] {
  const region = tablesRegion();
  const problems: string[] = [];
  let cursor = 0;
  for (const fragment of expectedTableSequence(s)) {
    const at = region.indexOf(fragment, cursor);
    if (at < 0) {
      problems.push(`not found (in table order): ${fragment}`);
      continue;
    }
    const gap = stripBoilerplate(region.slice(cursor, at));
    if (gap) problems.push(`table text not in seed: ${gap}`);
    cursor = at + fragment.length;
  }
  const tail = stripBoilerplate(region.slice(cursor));
  if (tail) problems.push(`table text not in seed: ${tail}`);
  return problems;
}

function nestedThemes(s: StrategySeed): Theme[] {
  return s.tracks.flatMap((t) => [...(t.themes ?? []), ...(t.spearheads ?? []).flatMap((sp) => sp.themes)]);
}

describe('strategy seed 2018.0', () => {
  it('has the expected header fields', () => {
    expect(seed.version).toBe('2018.0');
    expect(seed.title).toBe('Nederland Digitaal — Nederlandse Digitaliseringsstrategie');
    expect(Number.isNaN(Date.parse(seed.publishedAt))).toBe(false);
    expect(seed.publishedAt.startsWith('2018-06')).toBe(true);
  });

  it('has exactly 24 themes: 7 in track 1, 17 in track 2', () => {
    expect(seed.themes).toHaveLength(24);
    expect(seed.themes.filter((t) => t.track === 1)).toHaveLength(7);
    expect(seed.themes.filter((t) => t.track === 2)).toHaveLength(17);
  });

  it('has unique codes of the right pattern, consistent with track and spearhead', () => {
    const codes = seed.themes.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of seed.themes) {
      if (t.track === 1) {
        expect(t.code).toMatch(/^1\.[1-7]$/);
        expect(t.spearhead).toBeNull();
      } else {
        expect(t.track).toBe(2);
        expect(t.code).toMatch(/^2\.[1-5]\.[1-9]$/);
        expect(t.code.split('.')[1]).toBe(String(t.spearhead));
      }
    }
    // codes are numbered consecutively in table order
    expect(codes).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `1.${n}`),
      ...seed.tracks[1].spearheads!.flatMap((sp) => sp.themes.map((_, i) => `2.${sp.number}.${i + 1}`)),
    ]);
  });

  it('has a nested tree identical to the flat list', () => {
    expect(seed.tracks.map((t) => t.number)).toEqual([1, 2]);
    expect(seed.tracks[0].spearheads).toBeUndefined();
    expect(seed.tracks[1].themes).toBeUndefined();
    expect(seed.tracks[1].spearheads!.map((sp) => sp.number)).toEqual([1, 2, 3, 4, 5]);
    expect(nestedThemes(seed)).toEqual(seed.themes);
    for (const sp of seed.tracks[1].spearheads!) {
      for (const t of sp.themes) expect(t.spearhead).toBe(sp.number);
    }
  });

  it('has a non-empty title and ambition and at least one non-empty action for every theme', () => {
    for (const t of seed.themes) {
      expect(t.title.trim()).not.toBe('');
      expect(t.ambition.trim()).not.toBe('');
      expect(t.actions.length).toBeGreaterThanOrEqual(1);
      for (const a of t.actions) {
        expect(a.trim()).not.toBe('');
        expect(a).not.toMatch(/^[•·]/);
        expect(a).not.toContain('•');
      }
      for (const s of [t.title, t.ambition, ...t.actions]) {
        expect(s).toBe(s.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('takes every track, spearhead, title, ambition and action verbatim from the source', () => {
    const missing: string[] = [];
    const check = (what: string, text: string): void => {
      if (!inSource(text)) missing.push(`${what}: ${text}`);
    };
    seed.tracks.forEach((t) => check(`track ${t.number}`, `${t.number}. ${t.title}`));
    seed.tracks[1].spearheads!.forEach((sp) => check(`spearhead ${sp.number}`, sp.title));
    for (const t of seed.themes) {
      check(`${t.code} title`, t.title);
      check(`${t.code} ambition`, t.ambition);
      t.actions.forEach((a, i) => check(`${t.code} action ${i + 1}`, a));
    }
    expect(missing).toEqual([]);
  });

  it('accounts for all text in the summary tables, in order (no missed domain, ambition or action)', () => {
    expect(coverageProblems(seed)).toEqual([]);
  });

  it('has split every bulleted action (bullets in the tables = actions of multi-action themes)', () => {
    const bullets = (tablesRegion().match(/•/g) ?? []).length;
    const bulleted = seed.themes.filter((t) => t.actions.length > 1).flatMap((t) => t.actions).length;
    expect(bulleted).toBe(bullets);
  });

  it('matches the chapter structure of the body text (an independent count of the domains)', () => {
    // Chapters H2-H3 treat the track 1 domains, H4-H8 the five spearheads, one numbered section per domain
    // (e.g. "5.3 Een lerende beroepsbevolking"); the first domain of spearhead 5 ("Vertrouwen in de digitale
    // toekomst") is the unnumbered subtitle of H8 instead.
    const lines = rawSource.split(/\r?\n/);
    const sectionsPerChapter = new Map<number, number>();
    let chapter = 0;
    for (const line of lines) {
      const h = /^\s*H(\d)\.\s/.exec(line);
      if (h) {
        chapter = Number(h[1]);
        continue;
      }
      const sec = /^\s*(\d)\.\d\s/.exec(line);
      if (sec && Number(sec[1]) === chapter) {
        sectionsPerChapter.set(chapter, (sectionsPerChapter.get(chapter) ?? 0) + 1);
      }
    }
    const count = (ch: number): number => sectionsPerChapter.get(ch) ?? 0;
    const h8 = lines.findIndex((l) => /^\s*H8\.\s/.test(l));
    const spearheads = seed.tracks[1].spearheads!;

    expect(seed.tracks[0].themes!.length).toBe(count(2) + count(3));
    expect(lines[h8 + 1].trim()).toBe(spearheads[4].themes[0].title);
    expect(spearheads.map((sp) => sp.themes.length)).toEqual([count(4), count(5), count(6), count(7), count(8) + 1]);
    // the chapter titles of H4-H8 are the spearhead titles
    for (const sp of spearheads) expect(source).toContain(`H${sp.number + 3}. ${sp.title}`);
    expect(seed.themes).toHaveLength(count(2) + count(3) + count(4) + count(5) + count(6) + count(7) + count(8) + 1);
  });

  it('is able to detect a missed domain, a wrong title and a truncated ambition', () => {
    const clone = (): StrategySeed => JSON.parse(JSON.stringify(seed));

    const missed = clone();
    missed.tracks[1].spearheads![2].themes.splice(1, 1);
    expect(coverageProblems(missed).join('\n')).toContain('Eerlijke onderlinge verhoudingen');

    const wrongTitle = clone();
    wrongTitle.tracks[0].themes![0].title = 'Digitaal vaardige mkb';
    expect(inSource(wrongTitle.tracks[0].themes![0].title)).toBe(false);
    expect(coverageProblems(wrongTitle).length).toBeGreaterThan(0);

    const truncated = clone();
    truncated.tracks[0].themes![3].ambition = 'Een geïntegreerd mobiliteitssysteem waarin de gebruiker en zijn verplaatsing centraal staan.';
    expect(inSource(truncated.tracks[0].themes![3].ambition)).toBe(true);
    expect(coverageProblems(truncated).join('\n')).toContain('Nederland is de wereldwijde testlocatie');
  });
});
