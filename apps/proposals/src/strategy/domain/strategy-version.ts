import type { AmendmentKind } from '@pb/contracts/vocabulary';
import { AmendmentNotApplicableError } from './strategy.errors';

/** A domain of the strategy (a theme everything is classified under). */
export interface StrategyTheme {
  code: string;
  title: string;
  ambition: string;
  actions: string[];
  track: number;
  spearhead: number | null;
  /**
   * The English text where one was entered (issue 11 item 7): the Dutch stays the text of record.
   * An amendment that changes the Dutch ambition or actions drops their English (it would no
   * longer say the same); pages then show the Dutch, marked as such.
   */
  en?: StrategyThemeEnglish;
}

export interface StrategyThemeEnglish {
  title: string;
  ambition?: string;
  actions?: string[];
}

export interface StrategySpearhead {
  number: number;
  title: string;
  themes: StrategyTheme[];
  /** The English title, where entered. */
  en?: { title: string };
}

/** A track as nested in the source: track 1 holds themes, track 2 holds spearheads with themes. */
export interface StrategyTrack {
  number: number;
  title: string;
  /** The English title, where entered. */
  en?: { title: string };
  themes?: StrategyTheme[];
  spearheads?: StrategySpearhead[];
}

export interface StrategyChange {
  amendmentId?: string;
  kind: AmendmentKind;
  themeCode: string;
  summary: string;
}

export interface StrategyVersion {
  version: string;
  previousVersion: string | null;
  title: string;
  publishedAt: Date;
  tracks: StrategyTrack[];
  themes: StrategyTheme[];
  changes: StrategyChange[];
}

export interface Amendment {
  amendmentId: string;
  kind: AmendmentKind;
  themeCode: string;
  actionIndex?: number;
  text?: string;
  summary: string;
}

/** Rebuilds the nested tree with the (changed) flat themes, keeping the source's order. */
function rebuildTracks(tracks: StrategyTrack[], byCode: Map<string, StrategyTheme>): StrategyTrack[] {
  const pick = (t: StrategyTheme) => byCode.get(t.code) ?? t;
  return tracks.map((track) => ({
    ...track,
    ...(track.themes ? { themes: track.themes.map(pick) } : {}),
    ...(track.spearheads ? { spearheads: track.spearheads.map((s) => ({ ...s, themes: s.themes.map(pick) })) } : {}),
  }));
}

/** The English text without the part the Dutch amendment changed. */
function withoutEnglish(en: StrategyThemeEnglish, part: 'ambition' | 'actions'): StrategyThemeEnglish {
  const { [part]: _dropped, ...rest } = en;
  return rest;
}

/**
 * The next strategy version: the base with the accepted amendments applied. Action indexes refer to
 * the base version's actions, so changes and retirements are resolved against the base first and
 * additions appended after; the base itself is left untouched (old versions stay readable).
 */
export function applyAmendments(base: StrategyVersion, amendments: Amendment[], newVersion: string, publishedAt: Date): StrategyVersion {
  if (newVersion === base.version) throw new AmendmentNotApplicableError('errors:strategy.amendment-base-version', { version: newVersion });
  const byCode = new Map(base.themes.map((t) => [t.code, { ...t, actions: [...t.actions] as (string | null)[] }]));
  const additions: Amendment[] = [];
  for (const a of amendments) {
    const theme = byCode.get(a.themeCode);
    if (!theme) throw new AmendmentNotApplicableError('errors:strategy.amendment-unknown-theme', { theme: a.themeCode, version: base.version });
    const needsText = a.kind !== 'retire-action';
    if (needsText && !a.text?.trim()) throw new AmendmentNotApplicableError('errors:strategy.amendment-without-text', { amendment: a.amendmentId });
    if (a.kind === 'change-ambition') {
      theme.ambition = a.text!.trim();
      if (theme.en) theme.en = withoutEnglish(theme.en, 'ambition');
    } else if (a.kind === 'add-action') additions.push(a);
    else {
      const i = a.actionIndex;
      if (i === undefined || i < 0 || i >= theme.actions.length || theme.actions[i] === null) {
        throw new AmendmentNotApplicableError('errors:strategy.amendment-unknown-action', { action: String(i), theme: a.themeCode });
      }
      theme.actions[i] = a.kind === 'retire-action' ? null : a.text!.trim();
    }
    // Any change to the actions shifts or rewords them: their English no longer matches.
    if (a.kind !== 'change-ambition' && theme.en) theme.en = withoutEnglish(theme.en, 'actions');
  }
  for (const a of additions) byCode.get(a.themeCode)!.actions.push(a.text!.trim());
  const themes: StrategyTheme[] = base.themes.map((t) => {
    const changed = byCode.get(t.code)!;
    return { ...changed, actions: changed.actions.filter((x): x is string => x !== null) };
  });
  const finalByCode = new Map(themes.map((t) => [t.code, t]));
  return {
    version: newVersion,
    previousVersion: base.version,
    title: base.title,
    publishedAt,
    tracks: rebuildTracks(base.tracks, finalByCode),
    themes,
    changes: amendments.map((a) => ({ amendmentId: a.amendmentId, kind: a.kind, themeCode: a.themeCode, summary: a.summary })),
  };
}
