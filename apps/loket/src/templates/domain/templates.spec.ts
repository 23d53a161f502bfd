import { checkedAnswerTemplate } from './answer-template';
import { checkedMailTemplate } from './mail-template';
import { fillPlaceholders, placeholdersIn, unknownPlaceholderErrors } from './placeholders';
import { InvalidTemplateError } from './templates.errors';

const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTemplateError);
    return (error as InvalidTemplateError).fieldErrors!;
  }
  throw new Error('expected a refusal');
};

describe('placeholders', () => {
  it('finds each {name} once, in order, and leaves other braces alone', () => {
    expect(placeholdersIn('{reference}: zie {regulation} en {reference} { niet } {12} {a-b}')).toEqual(['reference', 'regulation']);
  });

  it('fills every placeholder with its value, also repeated ones', () => {
    expect(fillPlaceholders('Melding {reference} over {regulation} ({reference})', { reference: 'LKT-2026-000001', regulation: 'Wet X, artikel 5' })).toBe(
      'Melding LKT-2026-000001 over Wet X, artikel 5 (LKT-2026-000001)',
    );
  });

  it('leaves a placeholder without a value as written and does not re-read inserted values', () => {
    expect(fillPlaceholders('{reference} {department}', { reference: '{department}' })).toBe('{department} {department}');
  });

  it('names the unknown placeholders per field, with the ones that are offered', () => {
    expect(unknownPlaceholderErrors({ subject: '{reference}', body: 'Beste {naam}, {reference} {datum}' }, ['reference'])).toEqual([
      { field: 'body', key: 'templates:errors.unknown-placeholder', params: { count: 2, names: '{naam}, {datum}', allowed: '{reference}' } },
    ]);
  });
});

describe('answer templates', () => {
  it('keeps a template per outcome or for a question, trimmed', () => {
    expect(checkedAnswerTemplate({ purpose: 'explained', title: ' Uitleg ', body: ' Over {reference} en {regulation} bij {department}. ' })).toEqual({
      purpose: 'explained',
      title: 'Uitleg',
      body: 'Over {reference} en {regulation} bij {department}.',
    });
    expect(checkedAnswerTemplate({ purpose: 'question', title: 'Meer informatie', body: 'Kunt u meer vertellen over {reference}?' }).purpose).toBe('question');
  });

  it('refuses an unknown purpose, an empty title and an unknown placeholder, each on its field', () => {
    expect(refused(() => checkedAnswerTemplate({ purpose: 'maybe', title: ' ', body: 'Beste {naam}' })).map((e) => `${e.field} ${e.key}`)).toEqual([
      'purpose templates:errors.unknown-purpose',
      'title templates:errors.title-length',
      'body templates:errors.unknown-placeholder',
    ]);
  });
});

describe('mail templates', () => {
  it('keeps the placeholders the mail type offers', () => {
    expect(checkedMailTemplate('received', { subject: 'Ontvangen: {reference}', body: 'Antwoord uiterlijk {answerBy}.' })).toEqual({ subject: 'Ontvangen: {reference}', body: 'Antwoord uiterlijk {answerBy}.' });
  });

  it('refuses a placeholder of another mail type, and a subject of more than one line', () => {
    expect(refused(() => checkedMailTemplate('triaged', { subject: 'Vraag {question}', body: '{explanation}' })).map((e) => `${e.field} ${String(e.params?.names)}`)).toEqual([
      'subject {question}',
      'body {explanation}',
    ]);
    expect(refused(() => checkedMailTemplate('triaged', { subject: 'a\nBcc: x@example.nl', body: 'ok' })).map((e) => e.field)).toEqual(['subject']);
  });
});
