import { fieldErrorsOf, formErrorsOf, lostLinkRequestBody, pickFormValues, replyFormErrors, reportFormErrors, reportRequestBody } from './forms';
import { testPageContext } from './test-page-context';

describe('form mapping', () => {
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
