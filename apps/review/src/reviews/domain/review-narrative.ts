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

/** Names the drafter needs and the domain does not own: labels of codes, names of regulations. */
export interface NarrativeVocabulary {
  /** A regulation's name for a reader ("Wwft"), from the regulation index; the key when unknown. */
  regulation(key: string, lang: NarrativeLanguage): string;
  /** The outcome's label in the language ("uitleg gegeven"). */
  outcome(code: string, lang: NarrativeLanguage): string;
}

/** "1.234" / "1,234": the reader's digit grouping. */
const num = (n: number, lang: NarrativeLanguage) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);

const listOf = (items: string[], lang: NarrativeLanguage): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;

const top = (figures: DimensionFigure[], n: number) => figures.filter((f) => (f.figure.value ?? 0) > 0).slice(0, n);

/**
 * Drafts the text of one theme of the annual review from its figures: what a minister's staff reads
 * before the Digitale Top, each figure as a sentence with its change against the year before. The
 * draft is a proposal — a coordinator edits and signs it off before it is published — and states
 * only what the figures say (no sentence without a figure, no adjective the data cannot back).
 */
export function draftThemeNarrative(section: ThemeSection, year: number, lang: NarrativeLanguage, vocabulary: NarrativeVocabulary): NarrativeSentence[] {
  const nl = lang === 'nl';
  const plural = (n: number, one: string, many: string) => `${num(n, lang)} ${n === 1 ? one : many}`;
  const sentences: NarrativeSentence[] = [];
  const r = section.reports;
  const received = r.received.value ?? 0;
  const before = r.receivedPreviousYear.value ?? 0;

  if (received === 0 && before === 0) {
    sentences.push({ key: 'reports', text: nl ? `In ${year} is onder dit thema geen belemmering gemeld, net als in ${year - 1}.` : `No barrier was reported under this theme in ${year}, nor in ${year - 1}.`, figures: [r.received, r.receivedPreviousYear] });
  } else {
    const trend = nl
      ? received > before ? `meer dan de ${num(before, lang)} van ${year - 1}` : received < before ? `minder dan de ${num(before, lang)} van ${year - 1}` : `evenveel als in ${year - 1}`
      : received > before ? `up from ${num(before, lang)} in ${year - 1}` : received < before ? `down from ${num(before, lang)} in ${year - 1}` : `the same as in ${year - 1}`;
    sentences.push({
      key: 'reports',
      text: nl
        ? `In ${year} ${received === 1 ? 'is' : 'zijn'} ${plural(received, 'belemmering', 'belemmeringen')} gemeld, ${trend}.`
        : `${plural(received, 'barrier was', 'barriers were')} reported in ${year}, ${trend}.`,
      figures: [r.received, r.receivedPreviousYear],
    });
  }

  const resolved = r.resolved.value ?? 0;
  const open = r.open.value ?? 0;
  const overdue = r.overdue.value ?? 0;
  if (resolved + open > 0) {
    const overdueText = overdue > 0 ? (nl ? `; ${num(overdue, lang)} ${overdue === 1 ? 'werd' : 'werden'} later beantwoord dan de termijn` : `; ${num(overdue, lang)} ${overdue === 1 ? 'was' : 'were'} answered after the deadline`) : '';
    sentences.push({
      key: 'handling',
      text: nl
        ? `${plural(resolved, 'melding is', 'meldingen zijn')} afgehandeld en ${plural(open, 'staat', 'staan')} nog open${overdueText}.`
        : `${plural(resolved, 'report has', 'reports have')} been dealt with and ${num(open, lang)} ${open === 1 ? 'is' : 'are'} still open${overdueText}.`,
      figures: overdue > 0 ? [r.resolved, r.open, r.overdue] : [r.resolved, r.open],
    });
  }

  const { median, p90 } = section.handlingWorkingDays;
  if (median.value !== null && p90.value !== null) {
    sentences.push({
      key: 'handling-time',
      text: nl
        ? `De helft van de meldingen was binnen ${plural(median.value, 'werkdag', 'werkdagen')} beantwoord, negen op de tien binnen ${plural(p90.value, 'werkdag', 'werkdagen')}.`
        : `Half of the reports were answered within ${plural(median.value, 'working day', 'working days')}, nine in ten within ${plural(p90.value, 'working day', 'working days')}.`,
      figures: [median, p90],
    });
  }

  // `-` counts the reports whose regulation was not identified: not a regulation to name.
  const regulations = top(section.regulations.filter((g) => g.value !== '-'), 3);
  if (regulations.length) {
    const named = regulations.map((g) => `${vocabulary.regulation(g.value, lang)} (${num(g.figure.value ?? 0, lang)})`);
    sentences.push({
      key: 'regulations',
      text: nl ? `Meest aangehaalde regelgeving: ${listOf(named, lang)}.` : `Most-cited regulations: ${listOf(named, lang)}.`,
      figures: regulations.map((g) => g.figure),
    });
  }

  const outcomes = top(section.outcomes, 3);
  if (outcomes.length) {
    const named = outcomes.map((g) => `${vocabulary.outcome(g.value, lang)} (${num(g.figure.value ?? 0, lang)})`);
    sentences.push({
      key: 'outcomes',
      text: nl ? `Uitkomsten: ${listOf(named, lang)}.` : `Outcomes: ${listOf(named, lang)}.`,
      figures: outcomes.map((g) => g.figure),
    });
  }

  const c = section.consultations;
  const proposals = c.proposals.value ?? 0;
  if (proposals > 0) {
    const responses = c.responses.value ?? 0;
    const responsesBefore = c.responsesPreviousYear.value ?? 0;
    const respondents = c.respondents.value ?? 0;
    sentences.push({
      key: 'consultations',
      text: nl
        ? `${plural(proposals, 'consultatie', 'consultaties')} ${proposals === 1 ? 'kreeg' : 'kregen'} ${plural(responses, 'reactie', 'reacties')} van ${plural(respondents, 'deelnemer', 'deelnemers')} (${year - 1}: ${plural(responsesBefore, 'reactie', 'reacties')}).`
        : `${plural(proposals, 'consultation', 'consultations')} received ${plural(responses, 'response', 'responses')} from ${plural(respondents, 'participant', 'participants')} (${year - 1}: ${plural(responsesBefore, 'response', 'responses')}).`,
      figures: [c.proposals, c.responses, c.respondents, c.responsesPreviousYear],
    });
  }

  if (section.consultationReports.length) {
    const titles = section.consultationReports.map((cr) => `‘${cr.title}’`);
    sentences.push({
      key: 'consultation-reports',
      text: nl
        ? `Verslag gedaan van ${section.consultationReports.length === 1 ? 'de consultatie' : 'de consultaties'} ${listOf(titles, lang)}.`
        : `A report was published on ${section.consultationReports.length === 1 ? 'the consultation' : 'the consultations'} ${listOf(titles, lang)}.`,
      figures: [c.reports],
      records: section.consultationReports.map((cr) => ({ type: 'proposal' as const, id: cr.proposalId })),
    });
  }

  if (section.amendments.length) {
    const count = (status: string) => section.amendments.filter((a) => a.status === status).length;
    const parts = nl
      ? [[count('accepted'), 'aangenomen'], [count('declined'), 'afgewezen'], [count('proposed'), 'nog in behandeling']]
      : [[count('accepted'), 'accepted'], [count('declined'), 'declined'], [count('proposed'), 'still under consideration']];
    const described = parts.filter(([n]) => (n as number) > 0).map(([n, label]) => `${num(n as number, lang)} ${label}`);
    sentences.push({
      key: 'amendments',
      text: nl
        ? `${plural(section.amendments.length, 'wijziging', 'wijzigingen')} van de strategie ${section.amendments.length === 1 ? 'is' : 'zijn'} voorgesteld: ${listOf(described, lang)}.`
        : `${plural(section.amendments.length, 'amendment', 'amendments')} to the strategy ${section.amendments.length === 1 ? 'was' : 'were'} proposed: ${listOf(described, lang)}.`,
      figures: [],
      records: section.amendments.map((a) => ({ type: 'amendment' as const, id: a.id })),
    });
  }
  return sentences;
}
