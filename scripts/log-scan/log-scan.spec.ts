import { canariesFromMail, canariesFromSource, emptyCanaries, scanLine } from './log-scan';

describe('the scan for personal data in logs', () => {
  const sources = `
    const contact = { name: 'Anna de Vries', email: 'anna.devries@example.nl', phone: '+31 6 12345678' };
    const company = { name: 'Wet op het financieel toezicht', kvkNumber: '12345678' };
    author: { name: 'Rik van der Berg', email: 'rik@example.org' },
    name: 'A',
  `;

  it('takes person-shaped names, phones and addresses from test sources, not law titles or initials', () => {
    const c = canariesFromSource(sources);
    expect([...c.names].sort()).toEqual(['Anna de Vries', 'Rik van der Berg']);
    expect([...c.phones]).toEqual(['31612345678']);
    expect([...c.emails].sort()).toEqual(['anna.devries@example.nl', 'rik@example.org']);
  });

  it('takes recipients, their names and the tokens of links from caught mails, but not the sender', () => {
    const c = canariesFromMail({
      to: [{ address: 'Silent-1@Example.org', name: 'Noor Hendriks' }, { address: 'loket@permanentbeta.localhost' }],
      text: 'Volg uw melding: http://localhost:3000/meldingen/LKT-2026-000001?token=abcDEF123_-abcDEF123 en\nhttp://x/y?a=1&amp;token=ZYXwvu987654321abc',
      html: '<a href="http://x/y?a=1&amp;token=ZYXwvu987654321abc">link</a>',
    });
    expect([...c.emails]).toEqual(['silent-1@example.org']);
    expect([...c.names]).toEqual(['Noor Hendriks']);
    expect([...c.tokens].sort()).toEqual(['ZYXwvu987654321abc', 'abcDEF123_-abcDEF123']);
  });

  it('finds each kind in a log line', () => {
    const c = canariesFromSource(sources);
    canariesFromMail({ to: [{ address: 'x@example.org' }], text: '?token=tok3n-tok3n-tok3n-tok3n' }, c);
    const kinds = (line: string) => scanLine(line, c).map((h) => h.kind);
    expect(kinds('{"msg":"mail sent","to":"someone@elsewhere.test"}')).toEqual(['email']);
    expect(kinds('{"msg":"report from Anna de Vries"}')).toEqual(['name']);
    expect(kinds('{"phone":"+31 20 000 0134"}')).toEqual(['phone']);
    expect(kinds('{"msg":"call 06-1234 5678","p":"+31612345678"}')).toContain('phone');
    expect(kinds('GET /api/loket/reports/LKT-2026-000001?token=tok3n-tok3n-tok3n-tok3n')).toEqual(['token']);
    expect(kinds('{"msg":"RIK@EXAMPLE.ORG"}')).toEqual(['email']);
  });

  it('passes lines with ids, references, timestamps, durations and the platform’s own sender', () => {
    const c = canariesFromSource(sources);
    for (const line of [
      '{"level":30,"time":"2026-12-01T09:49:45.123Z","service":"loket","reference":"LKT-2026-000123","reportId":"3e21bab7-df0b-48c2-b6ac-92a71ad0c9df"}',
      '{"msg":"relay published 120 events in 1834 ms","offset":"123456789012"}',
      '{"from":"Permanent Beta loket <loket@permanentbeta.localhost>"}',
      '{"respondent":"r-5f3a9c0e1d2b4a6f8e7d6c5b4a392817"}',
    ]) {
      expect(scanLine(line, c)).toEqual([]);
    }
    expect(emptyCanaries().names.size).toBe(0);
  });
});
