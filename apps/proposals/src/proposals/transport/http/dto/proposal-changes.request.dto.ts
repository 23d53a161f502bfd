import { ApiProperty } from '@nestjs/swagger';
import { FREE_TEXT } from '@pb/http';
import { IsDefined, IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import { WITHDRAWAL_REASONS, WithdrawalReason } from '../../../domain/proposal.aggregate';

export class CorrectTextRequestDto {
  @ApiProperty({ description: 'The corrected text (Markdown): a new text version. Paragraphs are blocks between blank lines.' })
  @IsDefined()
  @IsString()
  @Length(10, 100000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  body!: string;
}

export class ExtendClosingRequestDto {
  @ApiProperty({ example: '2027-01-26T23:59:59+01:00', description: 'Later than the current closing time.' })
  @IsDefined()
  @IsISO8601({ strict: true, strictSeparator: true })
  closesAt!: string;
}

export class WithdrawProposalRequestDto {
  @ApiProperty({ enum: WITHDRAWAL_REASONS })
  @IsDefined()
  @IsIn(WITHDRAWAL_REASONS)
  reason!: WithdrawalReason;

  @ApiProperty({ description: 'Shown on the proposal page.' })
  @IsDefined()
  @IsString()
  @Length(10, 2000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  explanation!: string;
}
