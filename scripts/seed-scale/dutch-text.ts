import { mix } from './plan';

/**
 * Deterministic Dutch text for seeded records: the same item number gives the same words on every
 * run and machine (no Math.random), so a resumed or repeated seed sends byte-identical requests
 * and the idempotency keys match. Varied enough that searches and the suggester see real spread.
 */
const SUBJECTS = ['De gemeente', 'Het waterschap', 'De provincie', 'Onze zorginstelling', 'Ons bedrijf', 'De netbeheerder', 'Het ministerie', 'De uitvoeringsorganisatie'];
const VERBS = ['wil gegevens delen over', 'kan geen vergunning krijgen voor', 'loopt vast bij', 'mag geen gebruik maken van', 'wacht al maanden op een besluit over', 'krijgt tegenstrijdige antwoorden over'];
const OBJECTS = [
  'laadpalen in de openbare ruimte',
  'drones boven bedrijventerreinen',
  'een AI-toepassing voor de planning van zorg',
  'sensoren in de riolering',
  'een proef met zelfrijdende bussen',
  'het delen van energiedata met huurders',
  'digitale identiteit voor ondernemers',
  'open data over de bezetting van parkeerplaatsen',
  'cloudopslag van medische dossiers',
  'blockchain voor de registratie van diploma’s',
];
const REASONS = [
  'omdat de regels elkaar tegenspreken',
  'omdat niemand weet welke instantie bevoegd is',
  'omdat de wet uitgaat van papieren formulieren',
  'omdat de AVG verschillend wordt uitgelegd',
  'omdat een experimenteerbepaling ontbreekt',
  'omdat de termijnen te lang zijn voor een pilot',
];
const OPINIONS = ['Ik steun dit voorstel', 'Ik heb twijfels bij dit voorstel', 'Goed idee, maar', 'Dit gaat niet ver genoeg', 'Ik ben tegen dit voorstel', 'Graag meer aandacht voor privacy'];
const ADDITIONS = [
  'let op de kosten voor kleine gemeenten.',
  'betrek ook de mkb-bedrijven bij de uitwerking.',
  'zorg dat de gegevens open en herbruikbaar zijn.',
  'de uitvoering moet eerst worden getest in een proeftuin.',
  'denk aan burgers die minder digitaal vaardig zijn.',
  'maak duidelijke afspraken over wie verantwoordelijk is.',
];
const FIRST = ['Anna', 'Bram', 'Cor', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Inge', 'Joost', 'Karin', 'Lars', 'Mila', 'Noor', 'Olaf', 'Pien'];
const LAST = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos'];

const pick = <T>(list: readonly T[], n: number, salt: number): T => list[mix(n * 31 + salt) % list.length];

export const reportTitle = (n: number): string => `${pick(SUBJECTS, n, 1)} ${pick(VERBS, n, 2)} ${pick(OBJECTS, n, 3)}`.slice(0, 150);

export const reportDescription = (n: number): string =>
  `${pick(SUBJECTS, n, 1)} ${pick(VERBS, n, 2)} ${pick(OBJECTS, n, 3)}, ${pick(REASONS, n, 4)}. ` +
  `Wij lopen hier sinds ${2020 + (mix(n) % 6)} tegenaan en ${pick(ADDITIONS, n, 5)} (melding ${n + 1})`;

export const personName = (n: number): string => `${pick(FIRST, n, 6)} ${pick(LAST, n, 7)}`;

export const responseBody = (n: number): string => `${pick(OPINIONS, n, 8)}: ${pick(ADDITIONS, n, 9)} Het gaat om ${pick(OBJECTS, n, 10)} (reactie ${n + 1}).`;

export const officialQuestion = (n: number): string => `Kunt u toelichten welke regel u precies bedoelt bij ${pick(OBJECTS, n, 11)}?`;

export const outcomeExplanation = (n: number): string => `Wij hebben uw melding bekeken: ${pick(REASONS, n, 12).replace(/^omdat /, 'het knelpunt is dat ')}. ${pick(ADDITIONS, n, 13)}`;

export const proposalTitle = (n: number): string => `Voorstel ${n + 1}: ${pick(OBJECTS, n, 14)}`;

export const proposalSummary = (n: number): string => `Wij stellen voor de regels rond ${pick(OBJECTS, n, 15)} te verduidelijken, ${pick(REASONS, n, 16)}.`;

export const proposalBody = (n: number): string =>
  `## Aanleiding\n\n${pick(SUBJECTS, n, 17)} ${pick(VERBS, n, 18)} ${pick(OBJECTS, n, 14)}.\n\n## Voorstel\n\nWij stellen voor dat **alle betrokken partijen** afspraken maken; ${pick(ADDITIONS, n, 19)}`;
