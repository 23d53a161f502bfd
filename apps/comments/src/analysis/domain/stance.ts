import { tokenizeDutch } from '@pb/kernel';
import type { Stance } from '../../shared/domain/stance';

export { STANCES, type Stance } from '../../shared/domain/stance';

/**
 * A small Dutch stance lexicon, in the folded form tokenizeDutch gives (lowercase, no accents).
 * Each cue is a sequence of token patterns; a pattern ending in '*' matches by prefix ("steun*"
 * also "steunen", "ondersteuning" is its own cue). Kept deliberately short and general (the words
 * people use to agree or object to a government proposal), not tuned to one consultation.
 */
const FOR_CUES = [
  'voorstander*', 'goed', 'goede', 'steun', 'steunen', 'steun ik', 'ondersteun*', 'eens', 'mee eens', 'helemaal eens', 'goed idee', 'goed voorstel', 'goed plan', 'goede zaak',
  'goede stap', 'positief', 'prima', 'uitstekend*', 'van harte', 'toejuich*', 'juich*', 'verstandig*', 'hoog tijd', 'eindelijk', 'ben voor', 'helemaal voor', 'sta achter', 'sta er achter',
  'ja', 'top', 'geweldig', 'terecht', 'blij', 'waardeer*', 'verbetering', 'vooruitgang', 'doen', 'snel invoeren', 'graag', 'zinvol', 'hard nodig', 'broodnodig',
];
const AGAINST_CUES = [
  'tegenstander*', 'tegen', 'oneens', 'slecht*', 'onzin', 'afwijz*', 'wijs af', 'wijzen af', 'bezwaar*', 'schrappen', 'onacceptabel', 'onaanvaardbaar', 'onwenselijk', 'zinloos',
  'overbodig', 'verspilling', 'geldverspilling', 'kwalijk', 'gevaarlijk', 'nee', 'te ver', 'betutteling', 'bedreiging', 'rampzalig', 'stop', 'stoppen', 'niet doorgaan', 'intrekken',
  'onverstandig', 'teleurgesteld', 'teleurstellend', 'boos', 'zorgelijk',
];
/** Hedges: with a polar cue they make the response mixed; some are mixed on their own. */
const HEDGE_CUES = ['maar', 'echter', 'wel', 'mits', 'tenzij', 'onder voorwaarde*', 'op voorwaarde*', 'anderzijds', 'aan de andere kant', 'toch'];
const MIXED_CUES = ['deels', 'gedeeltelijk', 'enerzijds', 'gemengd*', 'twijfel*', 'dubbel gevoel', 'half', 'neutraal', 'voor- en nadelen', 'voors en tegens', 'plussen en minnen'];
const UNCLEAR_CUES = ['weet niet', 'weet ik niet', 'geen mening', 'geen idee'];
/** Negations flip a polar cue that follows within two tokens ("niet goed", "geen bezwaar"). */
const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'allerminst', 'nauwelijks']);

type Cue = readonly ((token: string) => boolean)[];
const compile = (cues: readonly string[]): Cue[] =>
  cues.map((cue) => tokenizeDutch(cue.replace(/\*$/, '')).map((word, i, all) => (i === all.length - 1 && cue.endsWith('*') ? (t: string) => t.startsWith(word) : (t: string) => t === word)));
/**
 * The words of the cues (and of the usual way to refer to what is consulted on): they say how a
 * respondent feels, not what about, so the themes are made without them.
 */
export const OPINION_WORDS: ReadonlySet<string> = new Set(
  [...FOR_CUES, ...AGAINST_CUES, ...HEDGE_CUES, ...MIXED_CUES, ...UNCLEAR_CUES, 'voorstel', 'plan', 'idee', 'reactie', 'opmerking', 'opmerkingen', 'vraag', 'mening', 'kabinet', 'punt', 'betreft']
    .flatMap((cue) => tokenizeDutch(cue.replace(/\*$/, '')))
    .filter((word) => !NEGATIONS.has(word)),
);
const FOR = compile(FOR_CUES);
const AGAINST = compile(AGAINST_CUES);
const HEDGE = compile(HEDGE_CUES);
const MIXED = compile(MIXED_CUES);
const UNCLEAR = compile(UNCLEAR_CUES);

/** How many times the cues occur, and how many of those occurrences are negated. */
function matches(tokens: readonly string[], cues: readonly Cue[]): { plain: number; negated: number } {
  let plain = 0;
  let negated = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (const cue of cues) {
      if (i + cue.length > tokens.length || !cue.every((m, j) => m(tokens[i + j]))) continue;
      if (NEGATIONS.has(tokens[i - 1] ?? '') || NEGATIONS.has(tokens[i - 2] ?? '')) negated++;
      else plain++;
      break;
    }
  }
  return { plain, negated };
}

/**
 * The stance of a free text: for, against, mixed (both, or one with a hedge such as "maar"), or
 * unclear (no cue). A negated cue counts for the other side ("geen bezwaar" is for).
 */
export function stanceOfText(text: string): Stance {
  const tokens = tokenizeDutch(text);
  if (tokens.length === 0) return 'unclear';
  if (matches(tokens, UNCLEAR).plain > 0 && tokens.length <= 6) return 'unclear';
  const pos = matches(tokens, FOR);
  const neg = matches(tokens, AGAINST);
  const forScore = pos.plain + neg.negated;
  const againstScore = neg.plain + pos.negated;
  const mixed = matches(tokens, MIXED).plain > 0;
  const hedged = matches(tokens, HEDGE).plain > 0;
  if (forScore > 0 && againstScore > 0) return forScore >= 2 * againstScore + 2 ? 'for' : againstScore >= 2 * forScore + 2 ? 'against' : 'mixed';
  if (mixed) return 'mixed';
  if (forScore > 0) return hedged ? 'mixed' : 'for';
  if (againstScore > 0) return hedged && againstScore < 2 ? 'mixed' : 'against';
  return 'unclear';
}

/** The stance of a 1–5 scale answer: 1–2 against, 3 mixed, 4–5 for. */
export function stanceOfScale(value: number): Stance {
  return value <= 2 ? 'against' : value === 3 ? 'mixed' : 'for';
}

/**
 * The stance of chosen options, read from their labels with the same lexicon ("Ja", "Nee",
 * "Deels", "Weet ik niet"); several options agree or the answer is unclear.
 */
export function stanceOfChoices(labels: readonly string[]): Stance {
  const stances = new Set(labels.map(stanceOfText));
  return stances.size === 1 ? [...stances][0] : 'unclear';
}
