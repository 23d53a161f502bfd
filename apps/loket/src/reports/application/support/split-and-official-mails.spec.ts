import { departmentMailboxes } from './department-mailboxes';
import { composeReporterMail } from './reporter-mails';

const link = { url: 'http://portal.test/meldingen/LKT-2027-000001?token=abc', expiresAt: new Date('2027-04-22T10:00:00Z') };
const lostLink = 'http://portal.test/meldingen/link-kwijt?referentie=LKT-2027-000001';
const parts = [
  { reference: 'LKT-2027-000100', department: 'EZ', answerBy: '2027-03-01' },
  { reference: 'LKT-2027-000101', department: 'IenW', answerBy: '2027-03-01' },
];

describe('the reporter’s mail about a split (issue 10 item 6)', () => {
  it('lists every part with its department and deadline, in the reporter’s language, with the link to the original', () => {
    const nl = composeReporterMail('nl', 'melder@example.nl', 'LKT-2027-000001', { kind: 'split', parts }, link, lostLink);
    expect(nl).toMatchObject({ kind: 'loket.split', subject: 'Uw melding LKT-2027-000001 is gesplitst', priority: 'notice' });
    expect(nl.text).toContain('gesplitst in 2 delen');
    expect(nl.text).toContain('- LKT-2027-000100 voor Economische Zaken, antwoord uiterlijk 1 maart 2027');
    expect(nl.text).toContain(`\n${link.url}\n`);
    const en = composeReporterMail('en', 'melder@example.nl', 'LKT-2027-000001', { kind: 'split', parts }, link, lostLink);
    expect(en.subject).toBe('Your report LKT-2027-000001 has been split');
    expect(en.text).toContain('- LKT-2027-000101 for Infrastructure and Water Management, answer by 1 March 2027');
    expect(`${nl.text} ${en.text}`).not.toMatch(/split:|labels:/);
  });
});

describe('departmentMailboxes (LOKET_DEPARTMENT_MAILBOXES)', () => {
  it('takes a department’s own address first, then the fallback with its code, else none', () => {
    const of = departmentMailboxes(' EZ = loket@minez.nl , *=loket-{department}@rijksoverheid.example ');
    expect(of('EZ')).toBe('loket@minez.nl');
    expect(of('IenW')).toBe('loket-ienw@rijksoverheid.example');
    expect(of('intake')).toBe('loket-intake@rijksoverheid.example');
    expect(departmentMailboxes('EZ=loket@minez.nl')('IenW')).toBeUndefined();
    expect(departmentMailboxes('')('EZ')).toBeUndefined();
  });
});
