import type { ProposalQuestion, QuestionKind } from './proposal.aggregate';

/** A question as a coordinator writes it: the text, the kind and, for a choice, the options' labels. */
export interface QuestionInput {
  text: string;
  kind: QuestionKind;
  options: string[];
}

/**
 * The proposal's questions from what the coordinator sent. A question whose text and kind are
 * unchanged keeps its id, and so does each of its options whose label is unchanged: a draft's
 * edit then leaves alone what it did not change (nobody has answered a draft, so the rest may
 * simply get new ids). Ids come from `newId`, so the domain stays free of a random source.
 */
export function questionsFrom(input: readonly QuestionInput[], previous: readonly ProposalQuestion[], newId: () => string): ProposalQuestion[] {
  const before = new Map(previous.map((q) => [`${q.kind ?? 'text'}\u0000${q.text}`, q]));
  return input.map((q) => {
    const kept = before.get(`${q.kind}\u0000${q.text}`);
    const isChoice = q.kind === 'single-choice' || q.kind === 'multiple-choice';
    const optionIds = new Map((kept?.options ?? []).map((o) => [o.label, o.id]));
    return {
      id: kept?.id ?? newId(),
      text: q.text,
      kind: q.kind,
      ...(isChoice ? { options: q.options.map((label) => ({ id: optionIds.get(label) ?? newId(), label })) } : {}),
    };
  });
}
