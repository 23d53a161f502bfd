import { fieldErrorsOf, formErrorsOf, lostLinkRequestBody, pickFormValues, replyFormErrors, reportFormErrors, reportRequestBody, reportTopicPart, reportTopicQuery } from './forms';
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
