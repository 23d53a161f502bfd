import { DomainError, DomainFieldError } from '@pb/kernel';
import { SCALE_MAX, SCALE_MIN } from '@pb/contracts/vocabulary';
import type { QuestionKind } from '@pb/contracts/vocabulary';
import type { AnswerValue, ResponseAnswer } from './consultation-response.aggregate';

/** A question as the comments service knows it from ProposalPublished (v1 questions have no kind: free text). */
export interface AskedQuestion {
  id: string;
  text: string;
  kind?: QuestionKind;
  options?: { id: string; label: string }[];
}

/**
 * An answer as posted: one of its fields, by the question's kind — `answer` (text), `choice`
 * (single choice: an option id), `choices` (multiple choice: option ids), `value` (scale).
 */
export interface PostedAnswer {
  questionId: string;
  answer?: string;
  choice?: string;
  choices?: string[];
  value?: number;
}

/** One or more answers do not fit their question: each named by its place in `answers`. */
export class InvalidAnswersError extends DomainError {
  readonly code = 'COMMENTS.INVALID_ANSWER';
  readonly kind = 'invalid' as const;
  constructor(override readonly fieldErrors: DomainFieldError[]) {
    super('reading-room:answers.summary');
  }
}

/** What is wrong with one answer: the field (`answers.<i>.<field>`) and a message key under `reading-room:answers.` in the catalogue with its parameters. */
export interface AnswerProblem {
  field: string;
  key: 'once' | 'wrongField' | 'textMissing' | 'chooseOne' | 'notAnOption' | 'chooseSome' | 'notOptions' | 'scale';
  params?: Record<string, string | number>;
}

const FIELD_OF: Record<QuestionKind, 'answer' | 'choice' | 'choices' | 'value'> = { text: 'answer', 'single-choice': 'choice', 'multiple-choice': 'choices', scale: 'value' };

/**
 * Checks each answer against its question's kind and options and gives what is stored: the text,
 * the option id, the option ids (each once, in the question's order) or the scale value. Unknown
 * questions are refused before this (UnknownQuestionError). All problems are named at once.
 */
export function checkAnswers(questions: readonly AskedQuestion[], posted: readonly PostedAnswer[]): { answers: ResponseAnswer[]; problems: AnswerProblem[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: AnswerProblem[] = [];
  const out: ResponseAnswer[] = [];
  const seen = new Set<string>();
  posted.forEach((a, i) => {
    const q = byId.get(a.questionId)!;
    const kind = q.kind ?? 'text';
    const field = `answers.${i}.${FIELD_OF[kind]}`;
    const fail = (key: AnswerProblem['key'], params?: AnswerProblem['params']) => void errors.push({ field, key, params });
    if (seen.has(a.questionId)) return void errors.push({ field: `answers.${i}.questionId`, key: 'once' });
    seen.add(a.questionId);
    const others = (['answer', 'choice', 'choices', 'value'] as const).filter((f) => f !== FIELD_OF[kind] && a[f] !== undefined);
    if (others.length) {
      errors.push({ field: `answers.${i}.${others[0]}`, key: 'wrongField', params: { field: FIELD_OF[kind] } });
      return;
    }
    const options = new Set((q.options ?? []).map((o) => o.id));
    let value: AnswerValue | undefined;
    switch (kind) {
      case 'text':
        if (typeof a.answer !== 'string' || !a.answer.trim()) return fail('textMissing');
        value = a.answer;
        break;
      case 'single-choice':
        if (a.choice === undefined) return fail('chooseOne');
        if (!options.has(a.choice)) return fail('notAnOption');
        value = a.choice;
        break;
      case 'multiple-choice': {
        if (!a.choices?.length) return fail('chooseSome');
        if (a.choices.some((c) => !options.has(c))) return fail('notOptions');
        const chosen = new Set(a.choices);
        value = (q.options ?? []).map((o) => o.id).filter((id) => chosen.has(id));
        break;
      }
      case 'scale':
        if (a.value === undefined || !Number.isInteger(a.value) || a.value < SCALE_MIN || a.value > SCALE_MAX)
          return fail('scale', { min: SCALE_MIN, max: SCALE_MAX });
        value = a.value;
        break;
    }
    out.push({ questionId: a.questionId, answer: value });
  });
  return { answers: out, problems: errors };
}

/** An answer as a person reads it: the text, the chosen options' labels, or the scale value ("4 / 5"). */
export function answerText(question: AskedQuestion | undefined, answer: AnswerValue): string {
  const label = (id: string) => question?.options?.find((o) => o.id === id)?.label ?? id;
  if (Array.isArray(answer)) return answer.map(label).join('; ');
  if (typeof answer === 'number') return `${answer} / ${SCALE_MAX}`;
  return question?.kind === 'single-choice' ? label(answer) : answer;
}
