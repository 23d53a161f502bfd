import { TranslationDoesNotFitError, TranslationNotAllowedError, translate } from './proposal-translation';
import type { ProposalQuestion } from './proposal.aggregate';

const Q1 = '11111111-1111-4111-8111-111111111111';
const Q2 = '22222222-2222-4222-8222-222222222222';
const YES = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const NO = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const questions: ProposalQuestion[] = [
  { id: Q1, text: 'Wat vindt u?', kind: 'text' },
  { id: Q2, text: 'Steunt u dit?', kind: 'single-choice', options: [{ id: YES, label: 'Ja' }, { id: NO, label: 'Nee' }] },
];
const now = new Date('2026-12-01T10:00:00Z');
const input = { lang: 'en' as const, title: 'Regional workshops', summary: 'A summary in English', body: 'The text in English.', questions: [] };

describe('a proposal\'s translation', () => {
  it('is taken for a draft and for every published status, with the questions in the proposal\'s order', () => {
    for (const status of ['draft', 'scheduled', 'open', 'closed', 'answered'] as const) {
      const t = translate({ status, questions }, { ...input, questions: [{ id: Q2, text: 'Do you support this?', options: [{ id: NO, label: 'No' }] }, { id: Q1, text: 'What do you think?' }] }, 'c1', now);
      expect(t).toEqual({ ...input, questions: [{ id: Q1, text: 'What do you think?' }, { id: Q2, text: 'Do you support this?', options: [{ id: NO, label: 'No' }] }], translatedAt: now, translatedBy: 'c1' });
    }
  });

  it('is refused for a withdrawn proposal', () => {
    expect(() => translate({ status: 'withdrawn', questions }, input, 'c1', now)).toThrow(TranslationNotAllowedError);
  });

  it('names every question or option the proposal does not have, and a question translated twice', () => {
    const other = '33333333-3333-4333-8333-333333333333';
    try {
      translate({ status: 'open', questions }, { ...input, questions: [{ id: other, text: 'Other?' }, { id: Q2, text: 'Support?', options: [{ id: other, label: 'x' }, { id: YES, label: 'Yes' }, { id: YES, label: 'Yes again' }] }, { id: Q2, text: 'Again?' }] }, 'c1', now);
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(TranslationDoesNotFitError);
      expect((e as TranslationDoesNotFitError).fieldErrors).toEqual([
        { field: 'questions.0.id', key: 'translations:errors.unknownQuestion' },
        { field: 'questions.1.options.0.id', key: 'translations:errors.unknownOption' },
        { field: 'questions.1.options.2.id', key: 'translations:errors.unknownOption' },
        { field: 'questions.2.id', key: 'translations:errors.questionTwice' },
      ]);
    }
  });
});
