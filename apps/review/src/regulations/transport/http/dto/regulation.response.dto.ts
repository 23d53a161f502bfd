import { ApiProperty } from '@nestjs/swagger';

class RegulationNameDto {
  @ApiProperty({ example: 'BWBR0024282' })
  bwbId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The official title; null for an id the regulation index does not know.' })
  title!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Wwft' })
  abbreviation!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The day it was repealed, for a law no longer in force.' })
  repealed!: string | null;

  @ApiProperty({ description: 'The official text at wetten.overheid.nl.' })
  url!: string;
}

export class RegulationListItemDto extends RegulationNameDto {
  @ApiProperty({ description: 'Barrier reports citing it (all years).' })
  reports!: number;

  @ApiProperty({ description: 'Of those, originals of a duplicate cluster.' })
  clusters!: number;

  @ApiProperty({ description: 'Consultation responses whose text cites it.' })
  responses!: number;

  @ApiProperty({ description: 'Amendments citing it.' })
  amendments!: number;

  @ApiProperty()
  firstYear!: number;

  @ApiProperty()
  lastYear!: number;
}

export class RegulationListDto {
  @ApiProperty({ type: [RegulationListItemDto] })
  items!: RegulationListItemDto[];
}

class RegulationYearDto {
  @ApiProperty()
  year!: number;

  @ApiProperty()
  reports!: number;

  @ApiProperty()
  clusters!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Resolved reports per outcome code.' })
  outcomes!: Record<string, number>;

  @ApiProperty()
  responses!: number;

  @ApiProperty()
  amendments!: number;
}

class RegulationArticleDto {
  @ApiProperty({ example: '33' })
  article!: string;

  @ApiProperty()
  reports!: number;

  @ApiProperty()
  responses!: number;

  @ApiProperty()
  amendments!: number;
}

class CitingReportDto {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'LKT-2026-000123' })
  reference!: string | null;

  @ApiProperty()
  year!: number;

  @ApiProperty({ type: String, nullable: true })
  article!: string | null;

  @ApiProperty({ type: String, nullable: true })
  status!: string | null;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;

  @ApiProperty({ description: 'Duplicates marked against it.' })
  duplicates!: number;

  @ApiProperty({ description: 'In the public register.' })
  published!: boolean;
}

class CitingResponseDto {
  @ApiProperty({ format: 'uuid' })
  responseId!: string;

  @ApiProperty({ format: 'uuid' })
  proposalId!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty({ type: String, nullable: true })
  article!: string | null;

  @ApiProperty({ description: 'Shown on the consultation’s page (public and published).' })
  visible!: boolean;
}

class CitingAmendmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty()
  kind!: string;

  @ApiProperty()
  themeCode!: string;

  @ApiProperty()
  status!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: String, nullable: true })
  article!: string | null;
}

export class RegulationDto extends RegulationNameDto {
  @ApiProperty({ type: [RegulationYearDto], description: 'Newest year first.' })
  years!: RegulationYearDto[];

  @ApiProperty({ type: [RegulationArticleDto], description: 'The articles cited, most cited first.' })
  articles!: RegulationArticleDto[];

  @ApiProperty({ type: [CitingReportDto], description: 'The reports citing it, newest first (at most 200).' })
  reports!: CitingReportDto[];

  @ApiProperty({ type: [CitingResponseDto], description: 'The responses citing it, newest first (at most 200).' })
  responses!: CitingResponseDto[];

  @ApiProperty({ type: [CitingAmendmentDto], description: 'The amendments citing it, newest first (at most 200).' })
  amendments!: CitingAmendmentDto[];
}
