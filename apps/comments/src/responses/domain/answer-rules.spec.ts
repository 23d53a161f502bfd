import { answerText, AskedQuestion, checkAnswers } from './answer-rules';

const questions: AskedQuestion[] = [
  { id: 'q-text', text: 'Wat mist u?' },
  { id: 'q-one', text: 'Steunt u dit?', kind: 'single-choice', options: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }] },
  { id: 'q-many', text: 'Waar?', kind: 'multiple-choice', options: [{ id: 'n', label: 'Noord' }, { id: 'z', label: 'Zuid' }] },
  { id: 'q-scale', text: 'Hoe belangrijk?', kind: 'scale' },
];

describe('answers checked by their question’s kind', () => {
  it('stores the text of a question without a kind (v1), the option, the options in the question’s order (once each) and the value', () => {
    expect(checkAnswers(questions, [{ questionId: 'q-text', answer: 'x' }, { questionId: 'q-one', choice: 'nee' }, { questionId: 'q-many', choices: ['z', 'n', 'z'] }, { questionId: 'q-scale', value: 1 }])).toEqual({
      answers: [{ questionId: 'q-text', answer: 'x' }, { questionId: 'q-one', answer: 'nee' }, { questionId: 'q-many', answer: ['n', 'z'] }, { questionId: 'q-scale', answer: 1 }],
      problems: [],
    });
  });

  it('names every problem by its field: missing, not an option, the wrong field for the kind, outside the scale, twice', () => {
    const { problems } = checkAnswers(questions, [
      { questionId: 'q-text', choice: 'ja' },
      { questionId: 'q-one', choice: 'n' },
      { questionId: 'q-many', choices: ['n', 'ja'] },
      { questionId: 'q-scale', value: 0 },
      { questionId: 'q-scale', value: 3 },
    ]);
    expect(problems).toEqual([
      { field: 'answers.0.choice', key: 'wrongField', params: { field: 'answer' } },
      { field: 'answers.1.choice', key: 'notAnOption' },
      { field: 'answers.2.choices', key: 'notOptions' },
      { field: 'answers.3.value', key: 'scale', params: { min: 1, max: 5 } },
      { field: 'answers.4.questionId', key: 'once' },
    ]);
  });

  it('reads an answer as a person does: labels for choices, a value out of five', () => {
    expect(answerText(questions[1], 'ja')).toBe('Ja');
    expect(answerText(questions[2], ['n', 'z'])).toBe('Noord; Zuid');
    expect(answerText(questions[3], 4)).toBe('4 / 5');
    expect(answerText(questions[0], 'vrije tekst')).toBe('vrije tekst');
  });
});
