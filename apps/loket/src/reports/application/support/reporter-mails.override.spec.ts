import { catalogueMailText } from '../../../templates/application/support/catalogue-mail-texts';
import { composeReporterMail, mailTemplateValues, ReporterMail } from './reporter-mails';

// The catalogue texts of the templates area are read here only to check the two agree; the
// dependency rule applies to production code (this spec is not imported by it).
const link = { url: 'http://portal.test/meldingen/LKT-2026-000123?token=abc', expiresAt: new Date('2027-04-22T10:00:00Z') };
const lostLink = 'http://portal.test/meldingen/link-kwijt?referentie=LKT-2026-000123';

describe('an admin’s rewrite of a reporter mail', () => {
  it('replaces subject and body, and keeps greeting, link and the way to a new one', () => {
    const mail: ReporterMail = { kind: 'triaged', answerBy: '2027-02-19' };
    const m = composeReporterMail('nl', 'melder@example.nl', 'LKT-2026-000123', mail, link, lostLink, { subject: 'Beoordeeld: LKT-2026-000123', body: 'Eigen tekst, antwoord voor 19 februari 2027.' });
    expect(m.subject).toBe('Beoordeeld: LKT-2026-000123');
    expect(m.text).toContain('Eigen tekst, antwoord voor 19 februari 2027.');
    expect(m.text).not.toContain('ligt nu bij het ministerie');
    expect(m.text).toContain('Geachte melder,');
    expect(m.text).toContain(`\n${link.url}\n`);
    expect(m.text).toContain(lostLink);
  });

  it('keeps asking whether an outcome helped', () => {
    const mail: ReporterMail = { kind: 'outcome', outcome: 'explained', explanation: 'Zo zit het.' };
    const m = composeReporterMail('en', 'melder@example.nl', 'LKT-2026-000123', mail, link, lostLink, { subject: 'Done', body: 'Our answer: Zo zit het.' });
    expect(m.text).toContain('Our answer: Zo zit het.\n\nDid this answer help you?');
  });

  it('offers the values each mail type’s placeholders name, written out in the reader’s language', () => {
    expect(mailTemplateValues({ kind: 'received', triageBy: '2026-12-31', answerBy: '2027-02-19' }, 'LKT-2026-000123', 'en')).toEqual({
      reference: 'LKT-2026-000123',
      triageBy: '31 December 2026',
      answerBy: '19 February 2027',
    });
    expect(mailTemplateValues({ kind: 'outcome', outcome: 'explained', explanation: 'x', viaOriginal: 'LKT-2026-000001' }, 'LKT-2026-000123', 'nl')).toBeNull();
  });

  it('sends, without a rewrite, what the catalogue text shown to admins says once filled in', () => {
    const mail: ReporterMail = { kind: 'question', question: 'Welke vlieghoogte?' };
    const shown = catalogueMailText('question', 'nl');
    const values = mailTemplateValues(mail, 'LKT-2026-000123', 'nl')!;
    const fill = (s: string) => s.replace(/\{([A-Za-z]+)\}/g, (_m, k: string) => values[k]);
    const sent = composeReporterMail('nl', 'melder@example.nl', 'LKT-2026-000123', mail, link, lostLink);
    expect(sent.subject).toBe(fill(shown.subject));
    expect(sent.text).toContain(fill(shown.body));
  });
});
