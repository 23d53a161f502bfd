import { amendmentYearOf, ANSWER_TEMPLATE_FIELDS, answerTemplateRequestBody, assignFailureErrors, assignFormErrors, assignRequest, CLOSING_FIELDS, closingRequestBody, compileYearOf, DEV_LOGIN_FIELDS, devLoginPrincipal, DUPLICATE_FIELDS, duplicateRequestBody, endorsementOf, ERASURE_FIELDS, erasureRequestBody, fieldErrorsOf, flagRequestBody, formErrorsOf, indicatorDefinitionPath, indicatorDefinitionPathErrors, lostLinkRequestBody, MAIL_TEMPLATE_FIELDS, mailTemplateRequestBody, OFFICIAL_MESSAGE_FIELDS, officialMessageBody, pageNumberOf, pickFormValues, proposalIdOf, queueValues, readingRoomReturnOf, REPLY_FIELDS, replyFormErrors, replyRequestBody, reportFormErrors, reportRequestBody, reportTopicPart, reportTopicQuery, RESOLUTION_FIELDS, resolutionRequestBody, RULE_FIELDS, ruleRequestBody, savedFilterErrors, savedFilterRequest, SUBSCRIBE_FIELDS, subscriptionRequestBody, supportRequestBody, TEXT_CORRECTION_FIELDS, textCorrectionBody, WITHDRAWAL_FIELDS, withdrawalRequestBody } from './forms';
import { testPageContext } from './test-page-context';

describe('form mapping', () => {
  it('reads the proposal page’s report topic filter: a topic number from 1 and a part, anything else no filter or the first part', () => {
    expect(reportTopicQuery({ onderwerp: '2', deel: '3' })).toEqual({ topic: 2, part: 3 });
    expect(reportTopicQuery({ onderwerp: '1' })).toEqual({ topic: 1, part: 1 });
    expect(reportTopicQuery({ onderwerp: '1', deel: '0' })).toEqual({ topic: 1, part: 1 });
    expect(reportTopicQuery({ onderwerp: '1', deel: ['2', '3'] })).toEqual({ topic: 1, part: 1 });
    for (const onderwerp of [undefined, '', '0', '-1', '1.5', 'x', '01', '999999', ['1']]) expect(reportTopicQuery({ onderwerp, alinea: 'a1' })).toBeUndefined();
  });

  it('asks for a report topic’s responses a hundred ids at a time, each id once; no such topic or no responses is no filter', () => {
    const ids = Array.from({ length: 230 }, (_, i) => `id-${i}`);
    const topics = [{ topic: 'A', responseIds: [...ids, 'id-0', 'id-1'] }, { topic: 'B', responseIds: [] }, { topic: 'C' }];
    const first = reportTopicPart(topics, { topic: 1, part: 1 })!;
    expect(first).toMatchObject({ index: 1, title: 'A', part: 1, parts: 3, from: 1, count: 230 });
    expect(first.ids).toEqual(ids.slice(0, 100));
    expect(reportTopicPart(topics, { topic: 1, part: 3 })).toMatchObject({ ids: ids.slice(200), part: 3, from: 201 });
    expect(reportTopicPart(topics, { topic: 1, part: 7 })).toMatchObject({ part: 3, from: 201 });
    expect(reportTopicPart(topics, { topic: 2, part: 1 })).toBeUndefined();
    expect(reportTopicPart(topics, { topic: 3, part: 1 })).toBeUndefined();
    expect(reportTopicPart(topics, { topic: 4, part: 1 })).toBeUndefined();
    expect(reportTopicPart(null, { topic: 1, part: 1 })).toBeUndefined();
  });

  it('picks only the named string fields of a posted body', () => {
    expect(pickFormValues({ a: 'x', b: ['y'], c: 'z', _csrf: 't' }, ['a', 'b'])).toEqual({ a: 'x' });
    expect(pickFormValues(undefined, ['a'])).toEqual({});
  });

  it('turns the report form into the loket body: nested groups, trimmed, optional blanks left out, checkboxes as booleans', () => {
    const body = reportRequestBody({ title: ' Drones ', 'regulation.name': 'Wet', 'regulation.article': '', 'company.sizeClass': 'small', 'consent.contact': 'true' });
    expect(body).toMatchObject({ title: 'Drones', regulation: { name: 'Wet' }, company: { sizeClass: 'small' }, consent: { contact: true, publish: false } });
    expect((body.regulation as Record<string, unknown>).article).toBeUndefined();
    expect(body.impact).toBeUndefined();
    expect(body.description).toBe('');
  });

  it('keeps the first message per field of a validation problem', () => {
    const problem = { type: 'about:blank', title: 'Bad', status: 400, detail: 'Controleer.', errors: [{ field: 'title', message: 'Te kort.' }, { field: 'title', message: 'Tweede.' }, { field: 'contact.email', message: 'Ongeldig.' }] };
    expect(fieldErrorsOf(problem)).toEqual({ title: 'Te kort.', 'contact.email': 'Ongeldig.' });
  });

  it('says what to do instead of naming allowed values, and puts a problem without fields on a field', () => {
    const problem = { type: 'about:blank', title: 'Bad', status: 400, detail: 'Controleer.', errors: [{ field: 'technology', message: 'must be one of ai, …' }] };
    expect(reportFormErrors(testPageContext('en'), problem, {})).toEqual({ technology: 'Choose a technology.' });
    expect(reportFormErrors(testPageContext('nl'), { type: 'about:blank', title: 'Bad', status: 422, detail: 'Niet nu.' }, {})).toEqual({ title: 'Niet nu.' });
    expect(formErrorsOf(testPageContext('nl'), undefined, 'reference')).toEqual({ reference: 'Controleer uw invoer.' });
    expect(replyFormErrors(409, { type: 'about:blank', title: 'Closed', status: 409, detail: 'Gesloten.' })).toEqual({ body: 'Gesloten.' });
  });

  it('writes a reference in capitals for the loket', () => {
    expect(lostLinkRequestBody({ reference: ' lkt-2026-000123 ', email: ' a@b.nl ' })).toEqual({ reference: 'LKT-2026-000123', email: 'a@b.nl' });
  });
});

// The mappings the controllers used to do by hand (issue 13 item 3): each from a posted body or its picked values.
const problem = (errors: { field: string; message: string }[], detail = 'Controleer de invoer.', status = 400) => ({ type: 'about:blank', title: 'Ongeldige invoer', status, detail, errors });
const ID = '0b6c1f7e-2d4a-4c1b-9a57-5e3f8f1a2b3c';

describe('form mapping of the loket and the reporter', () => {
  it('trims a reply and sends an empty one as empty (the loket names it)', () => {
    expect(replyRequestBody(pickFormValues({ body: '  Dank u.\n ', token: 't' }, REPLY_FIELDS))).toEqual({ body: 'Dank u.' });
    expect(replyRequestBody({})).toEqual({ body: '' });
  });

  it('reads which entry "this is my barrier too" is for, only a well-formed reference, and its own consent only when ticked', () => {
    expect(endorsementOf({ referentie: 'LKT-2026-000123', 'endorse.consent': 'true' })).toEqual({ reference: 'LKT-2026-000123', consent: true });
    expect(endorsementOf({ referentie: 'lkt-2026-000123', 'endorse.consent': 'on' })).toEqual({ reference: undefined, consent: false });
    expect(endorsementOf({ referentie: ['LKT-2026-000123'] })).toEqual({ reference: undefined, consent: false });
    expect(endorsementOf({})).toEqual({ reference: undefined, consent: false });
  });
});

describe('form mapping of the officials’ desk and report page', () => {
  it('takes the queue filters as strings only, drops unknown and empty ones, and cuts long ones', () => {
    expect(queueValues({ status: 'received', q: 'x'.repeat(300), theme: '', mine: ['1'], other: 'y' })).toEqual({ status: 'received', q: 'x'.repeat(200) });
  });

  it('reads a page number, and 1 for anything else; never more than 100000', () => {
    expect([pageNumberOf('3'), pageNumberOf(undefined), pageNumberOf('nul'), pageNumberOf('-4'), pageNumberOf('0'), pageNumberOf('999999'), pageNumberOf(['2'])]).toEqual([3, 1, 1, 1, 1, 100000, 2]);
  });

  it('saves a filter under its trimmed name with the filters the form carried along', () => {
    expect(savedFilterRequest({ filterName: '  Drones  ', status: 'received', overdue: 'true', _csrf: 't' })).toEqual({ name: 'Drones', filters: { status: 'received', overdue: 'true' } });
    expect(savedFilterRequest({ filterName: ['x'] })).toEqual({ name: '', filters: {} });
  });

  it('puts a saved filter’s refusal on its name: the field error, else the detail, else a general message', () => {
    const ctx = testPageContext('nl');
    expect(savedFilterErrors(ctx, problem([{ field: 'name', message: 'Te lang.' }]))).toEqual({ filterName: 'Te lang.' });
    expect(savedFilterErrors(ctx, problem([], 'Ten hoogste 20 filters.', 422))).toEqual({ filterName: 'Ten hoogste 20 filters.' });
    expect(savedFilterErrors(testPageContext('en'), undefined)).toEqual({ filterName: 'The filter was not saved. Please try again.' });
  });

  it('reads one ticked reference or many, strings only and at most 200, and the trimmed handler', () => {
    expect(assignRequest({ references: 'LKT-2026-000001', handler: ' h-1 ' })).toEqual({ references: ['LKT-2026-000001'], handler: 'h-1' });
    expect(assignRequest({ references: ['LKT-2026-000001', { x: 1 }, 'LKT-2026-000002'] })).toEqual({ references: ['LKT-2026-000001', 'LKT-2026-000002'], handler: '' });
    expect(assignRequest({ references: Array.from({ length: 250 }, (_, i) => `r${i}`) }).references).toHaveLength(200);
    expect(assignRequest({})).toEqual({ references: [], handler: '' });
  });

  it('says before asking the loket that a report must be ticked and a handler named, in the reader’s language', () => {
    expect(assignFormErrors(testPageContext('nl'), { references: [], handler: '' })).toEqual({ references: 'Selecteer ten minste één melding.', handler: 'Vul de behandelaar in.' });
    expect(assignFormErrors(testPageContext('en'), { references: [], handler: 'h-1' })).toEqual({ references: 'Select at least one report.' });
    expect(assignFormErrors(testPageContext('en'), { references: ['r'], handler: 'h-1' })).toEqual({});
  });

  it('puts the loket’s refusal of a bulk assign on the handler or on the list of reports', () => {
    const ctx = testPageContext('nl');
    expect(assignFailureErrors(ctx, problem([{ field: 'handler', message: 'Onbekend.' }]))).toEqual({ handler: 'Onbekend.' });
    expect(assignFailureErrors(ctx, problem([{ field: 'handler', message: 'Onbekend.' }, { field: 'references', message: 'Te veel.' }]))).toEqual({ handler: 'Onbekend.', references: 'Te veel.' });
    expect(assignFailureErrors(ctx, problem([], 'Niet toegestaan.', 403))).toEqual({ references: 'Niet toegestaan.' });
    expect(assignFailureErrors(ctx, undefined)).toEqual({ references: 'Het toewijzen is niet gelukt. Probeer het opnieuw.' });
  });

  it('trims a message and sends internal only when the checkbox posted true', () => {
    expect(officialMessageBody(pickFormValues({ body: ' Zie bijlage. ', internal: 'true' }, OFFICIAL_MESSAGE_FIELDS))).toEqual({ body: 'Zie bijlage.', internal: true });
    expect(officialMessageBody({ body: 'x', internal: 'on' })).toEqual({ body: 'x', internal: false });
    expect(officialMessageBody({})).toEqual({ body: '', internal: false });
  });

  it('trims the original of a duplicate, and a resolution’s explanation but not its chosen outcome', () => {
    expect(duplicateRequestBody(pickFormValues({ originalReference: ' LKT-2026-000001 ' }, DUPLICATE_FIELDS))).toEqual({ originalReference: 'LKT-2026-000001' });
    expect(duplicateRequestBody({})).toEqual({ originalReference: '' });
    expect(resolutionRequestBody(pickFormValues({ outcome: 'resolved', explanation: ' Opgelost. ' }, RESOLUTION_FIELDS))).toEqual({ outcome: 'resolved', explanation: 'Opgelost.' });
    expect(resolutionRequestBody({})).toEqual({ outcome: '', explanation: '' });
  });
});

describe('form mapping of the staff’s pages', () => {
  it('takes the amendments’ year of four digits, else this year', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect([amendmentYearOf('2025', now), amendmentYearOf(' 2025', now), amendmentYearOf('25', now), amendmentYearOf(undefined, now), amendmentYearOf(['2025'], now)]).toEqual([2025, 2026, 2026, 2026, 2026]);
  });

  it('takes the year to compile of four digits, spaces around allowed, else none', () => {
    expect([compileYearOf({ year: ' 2025 ' }), compileYearOf({ year: '202' }), compileYearOf({ year: '2025a' }), compileYearOf({}), compileYearOf({ year: ['2025'] })]).toEqual(['2025', '', '', '', '']);
  });

  it('trims a corrected text and a withdrawal’s explanation, and sends a closing time as an instant (anything else as typed)', () => {
    expect(textCorrectionBody(pickFormValues({ body: ' Nieuwe tekst. ' }, TEXT_CORRECTION_FIELDS))).toEqual({ body: 'Nieuwe tekst.' });
    expect(withdrawalRequestBody(pickFormValues({ reason: 'superseded', explanation: ' Vervangen. ' }, WITHDRAWAL_FIELDS))).toEqual({ reason: 'superseded', explanation: 'Vervangen.' });
    expect(withdrawalRequestBody({})).toEqual({ reason: '', explanation: '' });
    expect(closingRequestBody(pickFormValues({ closesAt: '2026-07-01T17:00' }, CLOSING_FIELDS))).toEqual({ closesAt: '2026-07-01T17:00:00+02:00' });
    expect(closingRequestBody({ closesAt: 'morgen' })).toEqual({ closesAt: 'morgen' });
    expect(closingRequestBody({})).toEqual({ closesAt: '' });
  });

  it('makes a new indicator’s path of the trimmed version and theme, and says which one is missing', () => {
    expect(indicatorDefinitionPath({ strategyVersion: ' 2026.1 ', theme: '1.3 ' })).toEqual({ version: '2026.1', theme: '1.3' });
    expect(indicatorDefinitionPathErrors(testPageContext('nl'), indicatorDefinitionPath({ strategyVersion: ' ' }))).toEqual({ strategyVersion: 'Kies een strategieversie.', theme: 'Kies de ambitie (het thema) van de indicator.' });
    expect(indicatorDefinitionPathErrors(testPageContext('en'), { version: '2026.1', theme: '' })).toEqual({ theme: 'Choose the ambition (theme) of the indicator.' });
    expect(indicatorDefinitionPathErrors(testPageContext('en'), { version: '2026.1', theme: '1.3' })).toEqual({});
  });

  it('goes back from the pick form to the reading room’s own query string only', () => {
    expect(readingRoomReturnOf({ terug: '?zoek=drones&status=published' })).toBe('?zoek=drones&status=published');
    expect(readingRoomReturnOf({ terug: '' })).toBe('');
    expect([readingRoomReturnOf({ terug: 'https://elders.example/' }), readingRoomReturnOf({ terug: '?a=1#x' }), readingRoomReturnOf({ terug: '?a= 1' }), readingRoomReturnOf({ terug: ['?a=1'] }), readingRoomReturnOf({})]).toEqual(['', '', '', '', '']);
  });
});

describe('form mapping of the consultations', () => {
  it('reads the proposal a support or flag goes back to, only an id', () => {
    expect(proposalIdOf({ proposalId: ID })).toBe(ID);
    expect([proposalIdOf({ proposalId: 'x' }), proposalIdOf({ proposalId: [ID] }), proposalIdOf({})]).toEqual(['', '', '']);
  });

  it('trims a supporter’s address', () => {
    expect(supportRequestBody({ email: ' a@b.nl ', proposalId: ID })).toEqual({ email: 'a@b.nl' });
    expect(supportRequestBody({ email: ['a@b.nl'] })).toEqual({ email: '' });
  });

  it('reads a flag’s reason from the select named per response, else `reason`, and its explanation only when given', () => {
    expect(flagRequestBody({ [`flag.${ID}`]: 'spam', reason: 'other', explanation: '  Reclame. ' }, ID)).toEqual({ reason: 'spam', explanation: 'Reclame.' });
    expect(flagRequestBody({ reason: 'offensive', explanation: '   ' }, ID)).toEqual({ reason: 'offensive' });
    expect(flagRequestBody({ [`flag.${ID}`]: ['spam'] }, ID)).toEqual({ reason: '' });
    expect(flagRequestBody({}, ID)).toEqual({ reason: '' });
  });
});

describe('form mapping of the login, subscriptions and administration', () => {
  it('signs the development login in with the trimmed name and ministry', () => {
    expect(devLoginPrincipal(pickFormValues({ role: 'official', name: ' Ada ', department: ' EZK ', next: '/' }, DEV_LOGIN_FIELDS))).toEqual({ role: 'official', name: 'Ada', department: 'EZK' });
    expect(devLoginPrincipal({ role: 'admin' })).toEqual({ role: 'admin', name: '', department: '' });
  });

  it('subscribes the trimmed address to the topic, in the reader’s language', () => {
    expect(subscriptionRequestBody(pickFormValues({ email: ' a@b.nl ', soort: 'thema' }, SUBSCRIBE_FIELDS), { kind: 'theme', ref: '1.3' }, 'en')).toEqual({ email: 'a@b.nl', topicKind: 'theme', topicRef: '1.3', language: 'en' });
    expect(subscriptionRequestBody({}, { kind: 'theme', ref: '1.3' }, 'nl').email).toBe('');
  });

  it('trims the address of an erasure request', () => {
    expect(erasureRequestBody(pickFormValues({ email: ' a@b.nl ' }, ERASURE_FIELDS))).toEqual({ email: 'a@b.nl' });
    expect(erasureRequestBody({})).toEqual({ email: '' });
  });

  it('sends a routing rule with its filled conditions trimmed, and answer and mail templates as typed', () => {
    expect(ruleRequestBody(pickFormValues({ 'match.bwbId': ' BWBR0011468 ', 'match.article': '', department: ' EZ ', handlerGroup: ' ' }, RULE_FIELDS))).toEqual({ match: { bwbId: 'BWBR0011468' }, department: 'EZ' });
    expect(ruleRequestBody({})).toEqual({ match: {}, department: '' });
    expect(answerTemplateRequestBody(pickFormValues({ purpose: 'resolution', title: 'Opgelost ', body: 'Beste {{naam}},\n' }, ANSWER_TEMPLATE_FIELDS))).toEqual({ purpose: 'resolution', title: 'Opgelost ', body: 'Beste {{naam}},\n' });
    expect(answerTemplateRequestBody({})).toEqual({ purpose: '', title: '', body: '' });
    expect(mailTemplateRequestBody(pickFormValues({ subject: 'Ontvangen', body: 'Tekst' }, MAIL_TEMPLATE_FIELDS))).toEqual({ subject: 'Ontvangen', body: 'Tekst' });
    expect(mailTemplateRequestBody({})).toEqual({ subject: '', body: '' });
  });
});
