import { ReportMails } from './report-mails';

describe('the loket\'s mails (texts from the catalogue, Dutch first and English second)', () => {
  it('writes each deadline in the language of its half, with the reference once in the subject', () => {
    const mail = ReportMails.acknowledgement('melder@example.nl', 'LKT-2026-000001', { triageBy: '2026-12-15', answerBy: '2027-01-28' }, 'https://pb.example/meldingen/LKT-2026-000001?token=t');
    expect(mail.subject).toBe('Ontvangstbevestiging melding LKT-2026-000001 / Report received');
    const [nl, en] = mail.text.split('\n\n— English below —\n\n');
    expect(nl).toContain('Beoordeeld uiterlijk: 15 december 2026 (5 werkdagen)\nAntwoord uiterlijk: 28 januari 2027 (40 werkdagen)');
    expect(en).toContain('Triaged by: 15 December 2026 (5 working days)\nAnswered by: 28 January 2027 (40 working days)');
    expect(en.endsWith('you can ignore this e-mail.\n')).toBe(true);
  });

  it('names the outcome in each language and says when the report was resolved through its original', () => {
    const mail = ReportMails.outcome('melder@example.nl', 'LKT-2026-000002', 'guidance', 'Zie de handreiking.', 'https://pb.example/r', 'LKT-2026-000001');
    expect(mail.kind).toBe('loket.outcome-of-original');
    expect(mail.text).toBe(
      'Uw melding LKT-2026-000002 is gekoppeld aan melding LKT-2026-000001 over dezelfde belemmering. Die is nu afgehandeld.\n\nUitkomst: Handreiking gegeven\n\nZie de handreiking.\n\n' +
        'Volg uw melding via de persoonlijke link uit de ontvangstbevestiging (https://pb.example/r).' +
        '\n\n— English below —\n\n' +
        'Your report LKT-2026-000002 is linked to report LKT-2026-000001 about the same barrier, which has now been resolved.\n\nOutcome: Guidance given\n\nZie de handreiking.\n\n' +
        'Follow your report through the personal link in the acknowledgement (https://pb.example/r).\n',
    );
  });

  it('repeats typed text verbatim, even when it looks like a placeholder or a nested key of the catalogue', () => {
    const typed = 'Wat bedoelt u met {{reference}} en $t(errors:loket.report-not-found)?';
    const mail = ReportMails.question('melder@example.nl', 'LKT-2026-000003', typed, 'https://pb.example/r');
    expect(mail.text.split(typed)).toHaveLength(3);
  });
});
