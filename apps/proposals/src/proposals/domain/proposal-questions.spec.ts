import { questionsFrom } from './proposal-questions';

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('questionsFrom: a draft edit keeps what it did not change', () => {
  it('gives every question and option a new id on a new proposal', () => {
    expect(questionsFrom([{ text: 'Steunt u dit?', kind: 'single-choice', options: ['Ja', 'Nee'] }, { text: 'Waarom?', kind: 'text', options: [] }], [], ids())).toEqual([
      { id: 'new-1', text: 'Steunt u dit?', kind: 'single-choice', options: [{ id: 'new-2', label: 'Ja' }, { id: 'new-3', label: 'Nee' }] },
      { id: 'new-4', text: 'Waarom?', kind: 'text' },
    ]);
  });

  it('keeps the id and kind of an unchanged question, and the ids of unchanged options', () => {
    const previous = [
      { id: 'q1', text: 'Steunt u dit?', kind: 'single-choice' as const, options: [{ id: 'o1', label: 'Ja' }, { id: 'o2', label: 'Nee' }] },
      { id: 'q2', text: 'Waarom?' }, // a stored row from before question kinds: free text
    ];
    expect(questionsFrom([{ text: 'Steunt u dit?', kind: 'single-choice', options: ['Ja', 'Misschien'] }, { text: 'Waarom?', kind: 'text', options: [] }], previous, ids())).toEqual([
      { id: 'q1', text: 'Steunt u dit?', kind: 'single-choice', options: [{ id: 'o1', label: 'Ja' }, { id: 'new-1', label: 'Misschien' }] },
      { id: 'q2', text: 'Waarom?', kind: 'text' },
    ]);
  });

  it('treats the same text under another kind as another question', () => {
    expect(questionsFrom([{ text: 'Hoe tevreden bent u?', kind: 'scale', options: [] }], [{ id: 'q1', text: 'Hoe tevreden bent u?', kind: 'text' }], ids())).toEqual([
      { id: 'new-1', text: 'Hoe tevreden bent u?', kind: 'scale' },
    ]);
  });
});
