import { IsString, IsUUID, MaxLength } from 'class-validator';

/** Moderation of a consultation: before responses show (`pre`) or after (`post`). */
export const MODERATION_MODES = ['pre', 'post'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

export class ProposalQuestionV1 {
  @IsUUID()
  id!: string;

  @IsString()
  @MaxLength(1000)
  text!: string;
}
