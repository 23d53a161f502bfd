import { CommandBus } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { waitFor } from '@pb/testing';
import { RemindDeadlinesCommand, RemindDeadlinesResult } from '../../src/reports/application/commands/remind-deadlines/remind-deadlines.command';
import { addCalendarDays, addWorkingDays, isWorkingDay } from '../../src/reports/domain/working-days';
import { LoketTestKit, Mail } from '../support/loket-test-kit';

const LINK = /http:\/\/portal\.test\/meldingen\/(LKT-\d{4}-\d{6})\?token=([A-Za-z0-9_%-]+)/;
const run = randomBytes(4).toString('hex');
/** Department mailboxes of this run only: the MailDev is shared by every engineer's tests. */
const mailbox = (department: string) => `loket-${department.toLowerCase()}.${run}@example.nl`;

/**
 * Issue 10 item 6 (split) and item 8 (audit trail for officials, officials' mails) against the real
 * PostgreSQL, Kafka and MailDev.
 */
describe('split reports, the audit trail for officials and officials’ mails (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  const ez = { Authorization: '' };
  const ienw = { Authorization: '' };

  beforeAll(async () => {
    // The reminder job runs only when a test says so (two "replicas" below), not on its timer.
    await kit.start({ LOKET_DEPARTMENT_MAILBOXES: `*=loket-{department}.${run}@example.nl`, LOKET_DEADLINE_REMINDER_ENABLED: false });
    await kit.publishStrategy();
    ez.Authorization = `Bearer ${kit.token(['official'], 'behandelaar-ez', 'EZ')}`;
    ienw.Authorization = `Bearer ${kit.token(['official'], 'behandelaar-ienw', 'IenW')}`;
  });
  afterAll(() => kit.stop());

  const post = (auth: Record<string, string>, reference: string, path: string, body: object) => kit.http.post(`/api/loket/reports/${reference}/${path}`).set(auth).send(body);
  const triageEz = (reference: string) => post(ez, reference, 'triage', { theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
  const audit = async (auth: Record<string, string>, reference: string) => (await kit.http.get(`/api/loket/reports/${reference}/audit`).set(auth).expect(200)).body.items as { actor: { role: string; id: string }; action: string; details: Record<string, string> }[];

  it('splits a report: parts with their own reference, department and deadline, one mail to the reporter whose link shows every part, events without personal data, and the original closed by the last part', async () => {
    const { reference, email } = await kit.submit();
    await triageEz(reference);
    const split = await post(ez, reference, 'split', { parts: [{ department: 'EZ', handler: 'behandelaar-ez' }, { department: 'IenW' }] }).expect(200);
    expect(split.body).toMatchObject({ status: 'split', parts: [{ department: 'EZ' }, { department: 'IenW' }] });
    const [ezPart, ienwPart] = split.body.parts.map((p: { reference: string }) => p.reference) as string[];
    expect(new Set([reference, ezPart, ienwPart]).size).toBe(3);

    // The reporter: one mail, whose link opens the original with both parts, statuses and deadlines.
    const mail: Mail = await kit.mailTo(email, (m) => m.subject === `Uw melding ${reference} is gesplitst`);
    expect(mail.text).toContain(ezPart);
    expect(mail.text).toContain(ienwPart);
    const [, linked, token] = LINK.exec(mail.text)!;
    expect(linked).toBe(reference);
    const view = async () => (await kit.http.get(`/api/loket/reports/${reference}`).query({ token: decodeURIComponent(token) }).expect(200)).body;
    expect(await view()).toMatchObject({
      status: 'split',
      partOf: null,
      parts: [
        { reference: ezPart, status: 'triaged', department: 'EZ', outcome: null, messages: [] },
        { reference: ienwPart, status: 'triaged', department: 'IenW', outcome: null, messages: [] },
      ],
    });
    expect((await view()).parts[0]).not.toHaveProperty('handler');

    // Each department's officials: the part landed in their queue (their mailbox), and they see it — and only theirs.
    await kit.mailTo(mailbox('EZ'), (m) => m.subject.startsWith(`Melding ${ezPart} staat in uw werkvoorraad`));
    const landed = await kit.mailTo(mailbox('IenW'), (m) => m.subject.startsWith(`Melding ${ienwPart} staat in uw werkvoorraad`));
    expect(landed.text).toContain(`http://portal.test/behandelen/${ienwPart}`);
    expect(landed.text).not.toContain(email);
    const ienwView = (await kit.http.get(`/api/loket/reports/${ienwPart}`).set(ienw).expect(200)).body;
    // IenW's official may not open the original (EZ's), so its page says so rather than link to a 404.
    expect(ienwView).toMatchObject({ status: 'triaged', department: 'IenW', handler: null, theme: '2.1.2', partOf: { reference, status: 'split', inScope: false }, parts: [] });
    await kit.http.get(`/api/loket/reports/${ienwPart}`).set(ez).expect(404);
    const original = (await kit.http.get(`/api/loket/reports/${reference}`).set(ez).expect(200)).body;
    expect(original.parts.map((p: { reference: string; handler: string | null; inScope: boolean }) => [p.reference, p.handler, p.inScope])).toEqual([
      [ezPart, 'behandelaar-ez', true],
      [ienwPart, null, false],
    ]);
    expect((await kit.http.get(`/api/loket/reports/${ezPart}`).set(ez).expect(200)).body.partOf).toEqual({ reference, status: 'split', inScope: true });
    // Nobody acts on the original while it is split.
    await post(ez, reference, 'resolution', { outcome: 'explained', explanation: 'Dit kan niet meer.' }).expect(409);

    // Events: the original's transition (v3) and BarrierSplit v1 — ids, references, departments; nothing personal.
    const originalId = await kit.reportId(reference);
    const splitEvents = await waitFor(async () => kit.eventsOf(originalId).filter((e) => e.type === 'loket.BarrierSplit' || (e.type === 'loket.BarrierStatusChanged' && e.payload.to === 'split')), (es) => es.length === 2, { what: 'split events' });
    const splitEvent = splitEvents!.find((e) => e.type === 'loket.BarrierSplit')! as { payload: Record<string, unknown>; version?: number };
    expect(splitEvent.payload).toEqual({
      reportId: originalId,
      reference,
      parts: [
        { reportId: await kit.reportId(ezPart), reference: ezPart, department: 'EZ', answerBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
        { reportId: await kit.reportId(ienwPart), reference: ienwPart, department: 'IenW', answerBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      ],
    });
    expect(JSON.stringify(splitEvents)).not.toContain(email);
    expect(JSON.stringify(splitEvents)).not.toContain('Anna');

    // One part answered: the original waits; the reporter sees the answer on their one page.
    await post(ez, ezPart, 'resolution', { outcome: 'guidance', explanation: 'Zie de handreiking voor drones.' }).expect(200);
    expect((await view()).status).toBe('split');
    expect((await view()).parts[0]).toMatchObject({ status: 'resolved', outcome: { outcome: 'guidance', explanation: 'Zie de handreiking voor drones.' } });
    // The last part ended: so has the original, closed by the loket itself.
    await post(ienw, ienwPart, 'resolution', { outcome: 'explained', explanation: 'Geen belemmering in de netcode.' }).expect(200);
    expect((await view()).status).toBe('closed');
    const closed = await waitFor(async () => kit.eventsOf(originalId).find((e) => e.type === 'loket.BarrierStatusChanged' && e.payload.to === 'closed'), Boolean, { what: 'original closed' });
    expect(closed).toMatchObject({ actor: { role: 'system', id: 'loket' }, payload: { from: 'split', to: 'closed' } });
    // The register shows the parts' answers, not the original (it has no outcome of its own).
    await kit.http.get(`/api/loket/register/${reference}`).expect(404);
    await kit.http.get(`/api/loket/register/${ezPart}`).expect(200);

    // The audit trail, for the officials of the report: who split it, who read it and why it closed.
    expect((await audit(ez, reference)).map((i) => [i.actor.id, i.action, i.details])).toEqual([
      ['behandelaar-ez', 'triage', { department: 'EZ', theme: '2.1.2', priority: 'normal' }],
      ['behandelaar-ez', 'split', { departments: 'EZ,IenW' }],
      ['behandelaar-ez', 'contact-details-read', {}],
      ['loket', 'status', { status: 'closed', reason: 'parts-ended' }],
    ]);
    expect((await audit(ienw, ienwPart)).map((i) => [i.actor.id, i.action, i.details])).toEqual([
      ['behandelaar-ez', 'split', { original: reference, department: 'IenW' }],
      ['behandelaar-ienw', 'contact-details-read', {}],
      ['behandelaar-ienw', 'resolution', { outcome: 'explained' }],
    ]);
    // Another department's officials: as unknown as a wrong reference.
    await kit.http.get(`/api/loket/reports/${ienwPart}/audit`).set(ez).expect(404);
  });

  it('refuses a split that is not one: one part, twice the same department, a part split again — in Dutch and English', async () => {
    const { reference } = await kit.submit();
    await triageEz(reference);
    const one = await post(ez, reference, 'split', { parts: [{ department: 'EZ' }] }).expect(400);
    expect(one.body.errors.map((e: { field: string }) => e.field)).toEqual(['parts']);
    const same = await post(ez, reference, 'split', { parts: [{ department: 'EZ' }, { department: 'EZ' }] }).set('Accept-Language', 'en').expect(422);
    expect(same.body).toMatchObject({ code: 'LOKET.SPLIT_PARTS_NOT_VALID', detail: 'Split a report into 2 to 6 parts, each for a different department.' });
    const [part] = (await post(ez, reference, 'split', { parts: [{ department: 'EZ' }, { department: 'BZK' }] }).expect(200)).body.parts;
    const again = await post(ez, part.reference, 'split', { parts: [{ department: 'EZ' }, { department: 'FIN' }] }).expect(409);
    expect(again.body).toMatchObject({ code: 'LOKET.PART_CANNOT_BE_SPLIT', detail: 'Dit is al een deel van een gesplitste melding; een deel kunt u niet opnieuw splitsen.' });
    // Nothing of the refused attempts was kept: two parts, references without gaps.
    expect(await kit.dataSource.query(`SELECT count(*)::int AS n FROM barrier_reports WHERE parent_report_id = $1`, [await kit.reportId(reference)])).toEqual([{ n: 2 }]);
  });

  it('mails the department when the reporter replies, and when a report is handed to another department — never the reporter’s text', async () => {
    const { reference } = await kit.submit();
    await triageEz(reference);
    await kit.mailTo(mailbox('EZ'), (m) => m.subject.startsWith(`Melding ${reference} staat in uw werkvoorraad`));
    await post(ez, reference, 'messages', { body: 'Welke drone gebruikt u?' }).expect(201);
    const question = await kit.mailTo((await kit.dataSource.query(`SELECT r.email FROM reporters r JOIN barrier_reports b ON b.reporter_id = r.id WHERE b.reference = $1`, [reference]))[0].email, (m) => m.subject === `Vraag over uw melding ${reference}`);
    const token = decodeURIComponent(LINK.exec(question.text)![2]);
    await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).send({ body: 'Een DJI Mavic, geheim detail 4711.' }).expect(201);
    const replied = await kit.mailTo(mailbox('EZ'), (m) => m.subject.startsWith(`De melder van ${reference} heeft gereageerd`));
    expect(replied.text).toContain(`http://portal.test/behandelen/${reference}`);
    // In Dutch only: a department's mailbox, not a reader whose language we know (OfficialMailer).
    expect(replied.text).toContain('De melder van');
    expect(replied.text).not.toContain('The reporter of');
    expect(replied.subject).not.toContain(' / ');
    expect(replied.text).not.toContain('4711');
    // Re-assigned to IenW: lands in IenW's queue; a re-triage within one department mails nobody.
    await post(ez, reference, 'triage', { theme: '2.1.2', priority: 'high', department: 'IenW' }).expect(200);
    await kit.mailTo(mailbox('IenW'), (m) => m.subject.startsWith(`Melding ${reference} staat in uw werkvoorraad`));
    await post(ienw, reference, 'triage', { theme: '2.1.2', priority: 'low', department: 'IenW' }).expect(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await kit.mails(mailbox('IenW'))).filter((m) => m.subject.startsWith(`Melding ${reference} `))).toHaveLength(1);
  });

  it('reminds the department two working days before a deadline, exactly once, with two replicas racing', async () => {
    const { reference } = await kit.submit();
    await triageEz(reference);
    const answerBy: string = (await kit.http.get(`/api/loket/reports/${reference}`).set(ez).expect(200)).body.deadlines.answerBy;
    // The working day two working days before the deadline, and the one before it.
    let twoBefore = answerBy;
    for (let n = 0; n < 2; ) {
      twoBefore = addCalendarDays(twoBefore, -1);
      if (isWorkingDay(twoBefore)) n++;
    }
    expect(addWorkingDays(twoBefore, 2)).toBe(answerBy);
    let threeBefore = addCalendarDays(twoBefore, -1);
    while (!isWorkingDay(threeBefore)) threeBefore = addCalendarDays(threeBefore, -1);

    const bus = kit.app.get(CommandBus);
    const round = () => bus.execute<RemindDeadlinesCommand, RemindDeadlinesResult>(new RemindDeadlinesCommand());
    const reminders = async () => (await kit.dataSource.query(`SELECT count(*)::int AS n FROM official_deadline_reminders WHERE report_id = $1`, [await kit.reportId(reference)]))[0].n as number;
    const reminderMails = async () =>
      (await kit.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'loket.official.deadline-near' AND subject LIKE $1`, [`%${reference}%`]))[0].n as number;

    kit.clock.travelTo(new Date(`${threeBefore}T09:00:00+01:00`));
    try {
      await round();
      expect(await reminders()).toBe(0);

      kit.clock.travelTo(new Date(`${twoBefore}T09:00:00+01:00`));
      const [a, b] = await Promise.all([round(), round()]);
      expect(a.mailed + b.mailed).toBeGreaterThanOrEqual(1);
      expect(await reminders()).toBe(1);
      expect(await reminderMails()).toBe(1);
      await round();
      expect(await reminderMails()).toBe(1);
      const mail = await kit.mailTo(mailbox('EZ'), (m) => m.subject.startsWith(`Termijn van ${reference} verloopt over twee werkdagen`));
      expect(mail.text).toContain(`http://portal.test/behandelen/${reference}`);
    } finally {
      kit.clock.reset();
    }
  });
});
