import type { DimensionFigure, Figure, ThemeSection } from './review-content';

export type NarrativeLanguage = 'nl' | 'en';

/**
 * One sentence of a theme's text, with the figures it states: every number a reader sees in the
 * sentence can be followed to the records it was counted from (`figures[].drillDown`).
 */
export interface NarrativeSentence {
  /** Stable per kind of sentence, so a coordinator's edit can be kept beside the draft it replaced. */
  key: 'reports' | 'handling' | 'handling-time' | 'regulations' | 'outcomes' | 'consultations' | 'consultation-reports' | 'amendments';
  text: string;
  figures: Figure[];
  /** Records the sentence speaks of that are no figure (the amendments it counts). */
  records?: { type: 'amendment' | 'proposal'; id: string }[];
}

/**
 * Words the drafter needs and the domain does not own: the catalogue's sentences, labels of codes,
 * names of regulations. The drafter chooses a sentence by key and fills in numbers it has already
 * written in the reader's digit grouping; `count` picks the singular or plural form.
 */
export interface NarrativeVocabulary {
  /** A sentence or phrase of the catalogue (`review:narrative.*`) in the language. */
  text(key: string, params: Record<string, string | number>, lang: NarrativeLanguage): string;
  /** A regulation's name for a reader ("Wwft"), from the regulation index; the key when unknown. */
  regulation(key: string, lang: NarrativeLanguage): string;
  /** The outcome's label in the language ("uitleg gegeven"). */
  outcome(code: string, lang: NarrativeLanguage): string;
}

/** "1.234" / "1,234": the reader's digit grouping. */
const num = (n: number, lang: NarrativeLanguage) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);

const top = (figures: DimensionFigure[], n: number) => figures.filter((f) => (f.figure.value ?? 0) > 0).slice(0, n);

/**
 * Drafts the text of one theme of the annual review from its figures: what a minister's staff reads
 * before the Digitale Top, each figure as a sentence with its change against the year before. The
 * draft is a proposal — a coordinator edits and signs it off before it is published — and states
 * only what the figures say (no sentence without a figure, no adjective the data cannot back).
 */
export function draftThemeNarrative(section: ThemeSection, year: number, lang: NarrativeLanguage, vocabulary: NarrativeVocabulary): NarrativeSentence[] {
  const t = (key: string, params: Record<string, string | number> = {}) => vocabulary.text(key, params, lang);
  /** A counted phrase ("12 belemmeringen"): the number in the reader's grouping, the form by the count. */
  const counted = (key: string, count: number, params: Record<string, string | number> = {}) => t(key, { ...params, count, n: num(count, lang) });
  const listOf = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : t('review:narrative.list', { items: items.slice(0, -1).join(', '), last: items.at(-1)! }));
  const previous = year - 1;
  const sentences: NarrativeSentence[] = [];
  const r = section.reports;
  const received = r.received.value ?? 0;
  const before = r.receivedPreviousYear.value ?? 0;

  if (received === 0 && before === 0) {
    sentences.push({ key: 'reports', text: t('review:narrative.reports.none', { year, previous }), figures: [r.received, r.receivedPreviousYear] });
  } else {
    const trend =
      received > before
        ? t('review:narrative.reports.trend-up', { before: num(before, lang), previous })
        : received < before
          ? t('review:narrative.reports.trend-down', { before: num(before, lang), previous })
          : t('review:narrative.reports.trend-same', { previous });
    sentences.push({ key: 'reports', text: counted('review:narrative.reports.received', received, { year, trend }), figures: [r.received, r.receivedPreviousYear] });
  }

  const resolved = r.resolved.value ?? 0;
  const open = r.open.value ?? 0;
  const overdue = r.overdue.value ?? 0;
  if (resolved + open > 0) {
    const parts = { resolved: counted('review:narrative.handling.resolved', resolved), open: counted('review:narrative.handling.open', open) };
    sentences.push({
      key: 'handling',
      text: overdue > 0 ? t('review:narrative.handling.sentence-overdue', { ...parts, overdue: counted('review:narrative.handling.overdue', overdue) }) : t('review:narrative.handling.sentence', parts),
      figures: overdue > 0 ? [r.resolved, r.open, r.overdue] : [r.resolved, r.open],
    });
  }

  const { median, p90 } = section.handlingWorkingDays;
  if (median.value !== null && p90.value !== null) {
    sentences.push({
      key: 'handling-time',
      text: t('review:narrative.handling-time', { median: counted('review:narrative.working-days', median.value), p90: counted('review:narrative.working-days', p90.value) }),
      figures: [median, p90],
    });
  }

  // `-` counts the reports whose regulation was not identified: not a regulation to name.
  const regulations = top(section.regulations.filter((g) => g.value !== '-'), 3);
  if (regulations.length) {
    // The article only where every report counted cites the same one ("Wwft art. 33").
    const named = regulations.map((g) => `${vocabulary.regulation(g.value, lang)}${g.article ? ` ${t('review:narrative.article', { article: g.article })}` : ''} (${num(g.figure.value ?? 0, lang)})`);
    sentences.push({ key: 'regulations', text: t('review:narrative.regulations', { list: listOf(named) }), figures: regulations.map((g) => g.figure) });
  }

  const outcomes = top(section.outcomes, 3);
  if (outcomes.length) {
    const named = outcomes.map((g) => `${vocabulary.outcome(g.value, lang)} (${num(g.figure.value ?? 0, lang)})`);
    sentences.push({ key: 'outcomes', text: t('review:narrative.outcomes', { list: listOf(named) }), figures: outcomes.map((g) => g.figure) });
  }

  const c = section.consultations;
  const proposals = c.proposals.value ?? 0;
  if (proposals > 0) {
    sentences.push({
      key: 'consultations',
      text: counted('review:narrative.consultations', proposals, {
        responses: counted('review:narrative.responses', c.responses.value ?? 0),
        respondents: counted('review:narrative.participants', c.respondents.value ?? 0),
        previous,
        responsesBefore: counted('review:narrative.responses', c.responsesPreviousYear.value ?? 0),
      }),
      figures: [c.proposals, c.responses, c.respondents, c.responsesPreviousYear],
    });
  }

  if (section.consultationReports.length) {
    const titles = section.consultationReports.map((cr) => `‘${cr.title}’`);
    sentences.push({
      key: 'consultation-reports',
      text: t('review:narrative.consultation-reports', { count: section.consultationReports.length, titles: listOf(titles) }),
      figures: [c.reports],
      records: section.consultationReports.map((cr) => ({ type: 'proposal' as const, id: cr.proposalId })),
    });
  }

  if (section.amendments.length) {
    const statuses = ['accepted', 'declined', 'proposed'] as const;
    const described = statuses
      .map((status) => [status, section.amendments.filter((a) => a.status === status).length] as const)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => t(`review:narrative.amendment-status.${status}`, { n: num(n, lang) }));
    sentences.push({
      key: 'amendments',
      text: counted('review:narrative.amendments', section.amendments.length, { list: listOf(described) }),
      figures: [],
      records: section.amendments.map((a) => ({ type: 'amendment' as const, id: a.id })),
    });
  }
  return sentences;
}
