import { composeEndorserMail } from './endorser-mailer';

const entry = { reportId: 'r-1', reference: 'LKT-2026-000042', version: 5, outcome: 'guidance' as const, explanation: 'Zie de handreiking bij artikel 3.' };
const links = { entry: 'https://portal.example.nl/register/LKT-2026-000042', withdraw: 'https://portal.example.nl/meldingen/steun-intrekken?token=abc' };

describe('the endorser\'s mails', () => {
  it('confirm the endorsement with the outcome, the public entry and the withdrawal link, as a mail the endorser waits for', () => {
    const mail = composeEndorserMail('nl', 'b@example.nl', entry, 'endorsed', links);
    expect(mail).toMatchObject({ to: 'b@example.nl', kind: 'loket.endorsement-received', priority: 'waiting', subject: 'U heeft zich aangesloten bij belemmering LKT-2026-000042' });
    expect(mail.text.split('\n\n')).toEqual([
      expect.stringContaining('Uw bedrijf telt nu mee bij belemmering LKT-2026-000042'),
      'Uitkomst: Handreiking gegeven',
      'Zie de handreiking bij artikel 3.',
      `Bekijk de belemmering in het register: ${links.entry}`,
      expect.stringContaining(links.withdraw),
    ]);
  });

  it('tell a changed outcome as a notice, in English for an English form', () => {
    const mail = composeEndorserMail('en', 'b@example.nl', { ...entry, outcome: 'regulation-change-proposed' }, 'outcome-changed', links);
    expect(mail).toMatchObject({ kind: 'loket.endorsement-outcome', priority: 'notice', subject: 'New outcome for barrier LKT-2026-000042' });
    expect(mail.text).toContain('Outcome: Change of the regulation proposed');
    expect(mail.text).toContain(`Withdraw your endorsement (your details are then erased): ${links.withdraw}`);
  });
});
