import { pickFormValues, PROPOSAL_FIELDS, proposalFieldErrors, proposalRequest } from './forms';

const problem = (errors: { field: string; message: string }[]) => ({ type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: 'Controleer de invoer.', errors });

describe('the proposal form mapping (questions of more than one kind, issue 11 item 6)', () => {
  const posted = {
    title: ' Werkplaatsen ',
    theme: '1.3',
    'questions.0.text': ' Steunt u dit voorstel? ',
    'questions.0.kind': 'single-choice',
    'questions.0.options': 'Ja\r\n\r\n  Nee \nWeet ik niet',
    'questions.1.text': '',
    'questions.1.kind': 'text',
    'questions.1.options': ' ',
    'questions.2.text': 'Wat mist u?',
    'questions.2.kind': 'text',
    'questions.2.options': 'genegeerd',
    'questions.3.text': 'Hoe nuttig is het?',
    'questions.3.kind': 'scale',
    'questions.4.text': 'Welke onderwerpen?',
    'questions.4.kind': 'multiple-choice',
    'questions.4.options': 'Privacy\nKosten',
    'questions.20.text': 'buiten het formulier',
    documents: 'Strategie | https://example.org/s',
    moderation: 'post',
  };

  it('reads every question row the form can post, and nothing beyond the service limit', () => {
    const v = pickFormValues(posted, PROPOSAL_FIELDS);
    expect(v['questions.4.options']).toBe('Privacy\nKosten');
    expect(v).not.toHaveProperty('questions.20.text');
  });

  it('sends the filled rows as questions with their kind, options one per line for a choice only, and says which row each came from', () => {
    const { body, rows } = proposalRequest(pickFormValues(posted, PROPOSAL_FIELDS));
    expect(body.questions).toEqual([
      { text: 'Steunt u dit voorstel?', kind: 'single-choice', options: ['Ja', 'Nee', 'Weet ik niet'] },
      { text: 'Wat mist u?', kind: 'text' },
      { text: 'Hoe nuttig is het?', kind: 'scale' },
      { text: 'Welke onderwerpen?', kind: 'multiple-choice', options: ['Privacy', 'Kosten'] },
    ]);
    expect(rows).toEqual([0, 2, 3, 4]);
    expect(body).toMatchObject({ title: 'Werkplaatsen', documents: [{ title: 'Strategie', url: 'https://example.org/s' }], moderation: 'post' });
  });

  it('keeps a choice row without options (the service says it needs them) and sends free text when no kind was posted', () => {
    const { body, rows } = proposalRequest({ 'questions.1.text': 'Kies', 'questions.1.kind': 'multiple-choice', 'questions.2.text': 'Oud formulier' });
    expect(body.questions).toEqual([
      { text: 'Kies', kind: 'multiple-choice', options: [] },
      { text: 'Oud formulier', kind: 'text' },
    ]);
    expect(rows).toEqual([1, 2]);
    expect(proposalRequest({ 'questions.0.kind': 'scale' }).body.questions).toEqual([]);
  });

  it("puts the service's question errors back on the form row they came from, the list's own on the first filled row, others on their field", () => {
    const errors = proposalFieldErrors(
      problem([
        { field: 'questions.1.options', message: 'Geef minstens 2 antwoordmogelijkheden.' },
        { field: 'questions.0.text', message: 'Gebruik minstens 3 tekens.' },
        { field: 'questions.2.kind', message: 'Kies een van: text, single-choice, multiple-choice, scale.' },
        { field: 'questions', message: 'Ten hoogste 20.' },
        { field: 'documents.0.url', message: 'Geen https-adres.' },
        { field: 'title', message: 'Te kort.' },
      ]),
      [0, 2, 4],
    );
    expect(errors).toEqual({
      'questions.2.options': 'Geef minstens 2 antwoordmogelijkheden.',
      'questions.0.text': 'Gebruik minstens 3 tekens.',
      'questions.4.kind': 'Kies een van: text, single-choice, multiple-choice, scale.',
      documents: 'Geen https-adres.',
      title: 'Te kort.',
    });
    // The list's own error lands on the first filled row unless that row already has one.
    expect(proposalFieldErrors(problem([{ field: 'questions', message: 'Ten hoogste 20.' }]), [3])).toEqual({ 'questions.3.text': 'Ten hoogste 20.' });
    expect(proposalFieldErrors(undefined, [])).toEqual({});
  });
});
