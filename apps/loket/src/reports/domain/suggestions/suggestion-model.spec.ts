import { tokenizeDutch } from '../similarity';
import { SuggestionModel } from './suggestion-model';
import type { LabelledReport, SuggestionInput } from './suggestion.types';

const privacy = (title: string, description: string, regulation?: LabelledReport['regulation']): LabelledReport => ({
  title,
  description,
  regulation,
  technology: 'data-sharing',
  sector: 'M',
  theme: '2.4.2',
  department: 'JenV',
});
const drones = (title: string, description: string, regulation?: LabelledReport['regulation']): LabelledReport => ({
  title,
  description,
  regulation,
  technology: 'drones',
  sector: 'H',
  theme: '1.4',
  department: 'IenW',
});
const health = (title: string, description: string): LabelledReport => ({
  title,
  description,
  technology: 'iot',
  sector: 'Q',
  theme: '1.5',
  department: 'VWS',
});

const TRIAGED: LabelledReport[] = [
  privacy('Toestemming voor nieuwsbrief', 'Mogen wij e-mailadressen van klanten gebruiken voor marketing? De privacyregels zijn vaag.', { name: 'Algemene verordening gegevensbescherming (AVG)', article: 'art. 6' }),
  privacy('Verwerkersovereenkomst per klant', 'Elke klant wil een eigen verwerkersovereenkomst over persoonsgegevens.', { name: 'AVG' }),
  privacy('Inzageverzoeken', 'Massale inzageverzoeken in persoonsgegevens kosten ons uren werk.', { name: 'GDPR', article: '15' }),
  privacy('Bewaartermijn klantgegevens', 'Hoelang mogen wij persoonsgegevens van klanten bewaren?'),
  drones('BVLOS inspectie', 'Inspectievluchten met drones buiten zicht krijgen geen ontheffing van de ILT.'),
  drones('Drone boven de stad', 'Pakketbezorging met een drone boven bebouwd gebied mag niet.'),
  drones('Zelfrijdende shuttle', 'Een autonome shuttle mag niet zonder bestuurder op de openbare weg.', { name: 'Wegenverkeerswet 1994', bwbId: 'BWBR0006622', article: '5' }),
  drones('Deelsteps', 'Elektrische steps worden door de RDW niet toegelaten op de weg.', { name: 'Wegenverkeerswet 1994', article: '149a' }),
  health('Thuismonitoring niet vergoed', 'Sensoren voor thuismonitoring van ouderen worden door de zorgverzekeraar niet vergoed.'),
  health('Valdetectie', 'Valsensoren in huis van ouderen vallen buiten het basispakket van de zorg.'),
  health('Beeldbellen met de huisarts', 'Patienten kunnen niet beeldbellen met de huisarts voor een recept.'),
];

describe('SuggestionModel (the theme/department suggester)', () => {
  const suggester = SuggestionModel.train(TRIAGED);

  it('suggests nothing, with confidence 0, before it has learnt from a triaged report', () => {
    const empty = SuggestionModel.empty();
    const suggestion = empty.suggest({ title: 'Drones buiten zicht', description: 'Geen ontheffing voor inspectievluchten.' });

    expect(empty.trainedOn).toBe(0);
    expect(suggestion).toEqual({ theme: [], department: [] });
    expect(suggestion.theme[0]?.confidence ?? 0).toBe(0);
  });

  it('suggests nothing for a report none of whose words, regulation, technology or sector it has seen', () => {
    expect(suggester.suggest({ title: 'Qwerty', description: 'Xyzzy plugh.' })).toEqual({ theme: [], department: [] });
  });

  it("suggests the theme and department of reports like it, each with a confidence and the report's own words as reasons", () => {
    const input: SuggestionInput = { title: 'Drones voor inspectie', description: 'Voor inspectievluchten met onze drones buiten zicht krijgen we geen ontheffing.' };
    const { theme, department } = suggester.suggest(input);

    expect(theme[0].code).toBe('1.4');
    expect(department[0].code).toBe('IenW');
    expect(theme[0].confidence).toBeGreaterThan(theme[1].confidence);
    const typed = new Set(tokenizeDutch(`${input.title} ${input.description}`));
    const words = theme[0].reasons.filter((reason) => reason.kind === 'word');
    expect(words.length).toBeGreaterThan(0);
    for (const reason of words) {
      // Not a stem ("dron"), a word as the reporter wrote it.
      expect(typed.has(reason.text.toLowerCase())).toBe(true);
      expect(reason.weight).toBeGreaterThan(0);
    }
    expect(words.map((reason) => reason.text.toLowerCase())).toContain('drones');
  });

  it('orders alternatives by confidence, keeps each within 0..1 and the total at most 1, and honours the limit', () => {
    const { theme, department } = suggester.suggest({ title: 'Persoonsgegevens van ouderen', description: 'Sensoren in huis verwerken persoonsgegevens.' }, { limit: 2 });

    expect(theme).toHaveLength(2);
    expect(department).toHaveLength(2);
    for (const ranked of [theme, department]) {
      expect(ranked[0].confidence).toBeGreaterThanOrEqual(ranked[1].confidence);
      expect(ranked[0].confidence).toBeGreaterThan(0);
      for (const suggestion of ranked) {
        // Rounded to 4 decimals: a far-fetched alternative may show 0.
        expect(suggestion.confidence).toBeGreaterThanOrEqual(0);
        expect(suggestion.confidence).toBeLessThanOrEqual(1);
      }
      expect(ranked[0].confidence + ranked[1].confidence).toBeLessThanOrEqual(1.0001);
    }
  });

  it('lets a cited regulation pull its theme and department, and names it as the reason', () => {
    const neutral: SuggestionInput = { title: 'Onduidelijke regels', description: 'Wij weten niet wat er van ons verwacht wordt.' };
    const cited: SuggestionInput = { ...neutral, regulation: { name: 'AVG' } };

    const without = suggester.suggest(neutral, { limit: 3 });
    const withLaw = suggester.suggest(cited, { limit: 3 });

    expect(withLaw.theme[0].code).toBe('2.4.2');
    expect(withLaw.department[0].code).toBe('JenV');
    const confidenceWithout = without.theme.find((suggestion) => suggestion.code === '2.4.2')?.confidence ?? 0;
    expect(withLaw.theme[0].confidence).toBeGreaterThan(confidenceWithout);
    expect(withLaw.theme[0].reasons[0]).toEqual(expect.objectContaining({ kind: 'regulation', text: 'AVG' }));
  });

  it('recognises a regulation by another of its names (abbreviation for the act triaged by its full name)', () => {
    const { theme } = suggester.suggest({ title: 'Probleem met de regels', description: 'Het mag niet van de wet.', regulation: { name: 'WVW 1994' } });

    expect(theme[0].code).toBe('1.4');
    expect(theme[0].reasons.some((reason) => reason.kind === 'regulation' && reason.text === 'WVW 1994')).toBe(true);
  });

  it('learns from what officials chose: a report like a triaged one gets its labels, and retraining with a new label changes the suggestion', () => {
    const input: SuggestionInput = { title: 'Beeldbellen met de huisarts', description: 'Patienten kunnen niet beeldbellen met de huisarts voor een recept.', technology: 'iot', sector: 'Q' };
    expect(suggester.suggest(input).theme[0].code).toBe('1.5');

    const overruled = [...TRIAGED, ...[1, 2, 3].map(() => ({ ...input, theme: '2.1.2', department: 'EZ' }))];
    expect(SuggestionModel.train(overruled).suggest(input).theme[0].code).toBe('2.1.2');
  });

  it('gives the same answer for the same input and training (no randomness)', () => {
    const input: SuggestionInput = { title: 'Privacy', description: 'Persoonsgegevens van klanten bewaren.', regulation: { name: 'GDPR' } };
    expect(SuggestionModel.train(TRIAGED).suggest(input)).toEqual(suggester.suggest(input));
  });
});
