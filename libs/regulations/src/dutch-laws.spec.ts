// The spec may reach the contracts (specs are outside the layer rule): the index's ids must be the
// ones every event, route and topic accepts.
import { EU_ACT_ID_PATTERN, REGULATION_ID_PATTERN } from '@pb/contracts';
import { DUTCH_LAWS } from './dutch-laws';
import { EU_ACTS, euActId } from './eu-acts';
import { celexOf, dutchLaw, officialTextUrl, regulation, REGULATIONS } from './regulations';
import { normaliseName } from './regulation-matcher';

describe('DUTCH_LAWS (the regulation index)', () => {
  it('holds at least 30 laws, each with a well-formed BWB id of its own', () => {
    expect(DUTCH_LAWS.length).toBeGreaterThanOrEqual(30);
    expect(DUTCH_LAWS.filter((l) => !/^BWBR\d{7}$/.test(l.bwbId)).map((l) => l.bwbId)).toEqual([]);
    const ids = DUTCH_LAWS.map((l) => l.bwbId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives no name or abbreviation to two laws', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const law of DUTCH_LAWS) {
      for (const n of [law.title, ...law.names, ...law.abbreviations].map(normaliseName)) {
        if (owner.has(n) && owner.get(n) !== law.bwbId) clashes.push(`${n}: ${owner.get(n)} and ${law.bwbId}`);
        owner.set(n, law.bwbId);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds a law by its BWB id', () => {
    expect(dutchLaw('BWBR0024282')?.title).toBe('Wet ter voorkoming van witwassen en financieren van terrorisme');
    expect(dutchLaw('BWBR0000000')).toBeUndefined();
  });
});

describe('REGULATIONS (Dutch laws and EU acts)', () => {
  it('keys every regulation by an id the index accepts everywhere, none twice', () => {
    expect(REGULATIONS.filter((r) => !REGULATION_ID_PATTERN.test(r.id)).map((r) => r.id)).toEqual([]);
    expect(EU_ACTS.map((a) => euActId(a.celex)).filter((id) => !EU_ACT_ID_PATTERN.test(id))).toEqual([]);
    const ids = REGULATIONS.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives no name or abbreviation to two regulations, EU acts included', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of REGULATIONS) {
      for (const n of [r.title, ...r.names, ...r.abbreviations].map(normaliseName)) {
        if (owner.has(n) && owner.get(n) !== r.id) clashes.push(`${n}: ${owner.get(n)} and ${r.id}`);
        owner.set(n, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names the AVG by its EU id and links each regulation to its official text', () => {
    expect(regulation('EU-32016R0679')).toMatchObject({ title: 'Algemene verordening gegevensbescherming', abbreviations: ['AVG', 'GDPR'] });
    expect(dutchLaw('EU-32016R0679')?.title).toBe('Algemene verordening gegevensbescherming');
    expect(officialTextUrl('EU-32016R0679')).toBe('https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679');
    expect(officialTextUrl('BWBR0024282')).toBe('https://wetten.overheid.nl/BWBR0024282');
    expect(celexOf('EU-32022L2555')).toBe('32022L2555');
    expect(celexOf('BWBR0024282')).toBeUndefined();
  });
});
