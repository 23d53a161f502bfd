import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOptions, PageQueryDto } from '@pb/http';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { THEME_CODE_PATTERN } from '@pb/contracts';
import { PROPOSAL_STATUSES, ProposalStatus } from '../../../domain/proposal.aggregate';

/** Newest opening first, keyset on (opensAt, createdAt, id). */
export const PROPOSALS_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'timestamp', 'uuid'] };

export class ListProposalsQueryDto extends PageQueryDto(PROPOSALS_PAGE) {
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
