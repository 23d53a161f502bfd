import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { QUESTION_KINDS, QuestionKind } from './vocabulary';

export class ProposalQuestionV1 {
  @IsUUID()
  id!: string;

  @IsString()
  @MaxLength(1000)
  text!: string;
}

/**
 * A paragraph anchor of a proposal's text: `a` and a number handed out per proposal, never reused.
 * See the proposals service's `domain/proposal-text.ts` for why anchors are assigned, not hashed.
 */
export const PARAGRAPH_ANCHOR_PATTERN = /^a[1-9][0-9]{0,4}$/;

/** A paragraph of a published text version: its anchor and the text version it last changed in. */
export class ProposalParagraphV1 {
  @Matches(PARAGRAPH_ANCHOR_PATTERN)
  anchor!: string;

  @IsInt()
  @Min(1)
  since!: number;
}

/** Why a coordinator withdrew a proposal (the free-text explanation stays in the proposals service). */
export const WITHDRAWAL_REASONS = ['policy-changed', 'superseded', 'error', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export class QuestionOptionV2 {
  @IsUUID()
  id!: string;

  @IsString()
  @MaxLength(300)
  label!: string;
}

/** A question with its kind; the options of a choice question (none for text and scale). */
export class ProposalQuestionV2 {
  @IsUUID()
  id!: string;

  @IsString()
  @MaxLength(1000)
  text!: string;

  @IsIn(QUESTION_KINDS)
  kind!: QuestionKind;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionV2)
  options?: QuestionOptionV2[];
}
