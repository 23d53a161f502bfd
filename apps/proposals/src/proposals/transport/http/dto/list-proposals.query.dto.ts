import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { THEME_CODE_PATTERN } from '@pb/contracts';
import { PROPOSAL_STATUSES, ProposalStatus } from '../../../domain/proposal.aggregate';

export class ListProposalsQueryDto {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES, description: '`draft` for coordinators only' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @ApiPropertyOptional({ example: '1.3' })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme?: string;
}

export class ProposalIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
