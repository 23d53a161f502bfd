import { composeReporterMail, ReporterMail } from './reporter-mails';

const link = { url: 'http://portal.test/meldingen/LKT-2026-000123?token=abc', expiresAt: new Date('2027-04-22T10:00:00Z') };
const lostLink = 'http://portal.test/meldingen/link-kwijt?referentie=LKT-2026-000123';
const compose = (lang: 'nl' | 'en', mail: ReporterMail) => composeReporterMail(lang, 'melder@example.nl', 'LKT-2026-000123', mail, link, lostLink);

const every: ReporterMail[] = [
  { kind: 'received', triageBy: '2026-12-31', answerBy: '2027-02-19' },
  { kind: 'triaged', answerBy: '2027-02-19' },
  { kind: 'in-handling', answerBy: '2027-02-19' },
  { kind: 'question', question: 'Om welke vlieghoogte gaat het?' },
  { kind: 'linked-duplicate', original: 'LKT-2026-000001' },
  { kind: 'outcome', outcome: 'guidance', explanation: 'Zie de handreiking.' },
  { kind: 'outcome', outcome: 'guidance', explanation: 'Zie de handreiking.', viaOriginal: 'LKT-2026-000001' },
  { kind: 'reopened', answerBy: '2027-03-16' },
  { kind: 'tracking-link' },
];

describe('composeReporterMail', () => {
  it.each(every.map((m) => [m.kind + ('viaOriginal' in m && m.viaOriginal ? ' (via original)' : ''), m] as const))(
    '%s: one language per mail, the reference, the link with its expiry and the way to a new one',
    (_name, mail) => {
      for (const lang of ['nl', 'en'] as const) {
        const m = compose(lang, mail);
        expect(m.to).toBe('melder@example.nl');
        expect(m.subject).toContain('LKT-2026-000123');
        expect(m.text).toContain(`\n${link.url}\n`);
        expect(m.text).toContain(lostLink);
        expect(m.text).toContain(lang === 'nl' ? '22 april 2027' : '22 April 2027');
        expect(m.text).not.toContain('English below');
        expect(m.text).toMatch(lang === 'nl' ? /^Geachte melder,/ : /^Dear reporter,/);
        // No key leaks through as text (a missing catalogue entry would).
        expect(`${m.subject} ${m.text}`).not.toMatch(/reporter:|mail\.\w+\./);
      }
    },
  );

  it('names the outcome in the reporter’s language, from the catalogue', () => {
    expect(compose('nl', { kind: 'outcome', outcome: 'guidance', explanation: 'Zie de handreiking.' }).text).toContain('Handreiking gegeven');
    expect(compose('en', { kind: 'outcome', outcome: 'guidance', explanation: 'See the guidance.' }).text).toContain('Guidance given');
  });

  it('repeats an official’s text verbatim, even when it looks like a placeholder or a nested key of the catalogue', () => {
    const typed = 'Wat bedoelt u met {{reference}} en $t(errors:loket.report-not-found)?';
    expect(compose('nl', { kind: 'question', question: typed }).text).toContain(typed);
    expect(compose('en', { kind: 'outcome', outcome: 'explained', explanation: typed }).text).toContain(typed);
  });

  it('keeps the outbox kinds of the mails that existed and names the new ones', () => {
    expect(every.map((m) => compose('nl', m).kind)).toEqual([
      'loket.acknowledgement',
      'loket.triaged',
      'loket.in-handling',
      'loket.question',
      'loket.linked-duplicate',
      'loket.outcome',
      'loket.outcome-of-original',
      'loket.reopened',
      'loket.tracking-link',
    ]);
  });

  it('asks whether the answer helped only of the reporter whose report was answered on substance', () => {
    expect(compose('nl', { kind: 'outcome', outcome: 'guidance', explanation: 'Uitleg.' }).text).toContain('Heeft dit antwoord u geholpen?');
    expect(compose('en', { kind: 'outcome', outcome: 'guidance', explanation: 'Uitleg.' }).text).toContain('Did this answer help you?');
    expect(compose('nl', { kind: 'outcome', outcome: 'guidance', explanation: 'Uitleg.', viaOriginal: 'LKT-2026-000001' }).text).not.toContain('geholpen');
    expect(compose('nl', { kind: 'outcome', outcome: 'not-admissible', explanation: 'Geen regelgeving.' }).text).not.toContain('geholpen');
  });

  it('writes deadlines as a reader does, in their language', () => {
    expect(compose('nl', { kind: 'received', triageBy: '2026-12-31', answerBy: '2027-02-19' }).text).toContain('Status: ontvangen\nBeoordeeld uiterlijk: 31 december 2026 (5 werkdagen)\nAntwoord uiterlijk: 19 februari 2027');
    expect(compose('en', { kind: 'reopened', answerBy: '2027-03-16' }).text).toContain('you will have a new answer by 16 March 2027');
  });
});
