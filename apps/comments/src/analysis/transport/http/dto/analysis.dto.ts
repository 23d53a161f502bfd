import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

export const EDIT_KINDS = ['rename', 'reject-label', 'merge', 'split', 'move'] as const;
const THEME_ID = /^t\d{1,4}$/;

export class AnalysisParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() analysisId!: string;
}

/** One reviewing change: which fields it needs depends on `kind`. */
export class AnalysisEditRequestDto {
  @ApiProperty({ enum: EDIT_KINDS, description: 'rename (themeId, label), reject-label (themeId), merge (themeId into intoThemeId), split (themeId, responseIds, label), move (responseId, toThemeId).' })
  @IsDefined()
  @IsIn(EDIT_KINDS)
  kind!: (typeof EDIT_KINDS)[number];

  @ApiPropertyOptional({ example: 't1' })
  @ValidateIf((o: AnalysisEditRequestDto) => o.kind !== 'move')
  @IsDefined()
  @Matches(THEME_ID)
  themeId?: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @ValidateIf((o: AnalysisEditRequestDto) => o.kind === 'rename' || o.kind === 'split')
  @IsDefined()
  @IsString()
  @MaxLength(120)
  label?: string;

  @ApiPropertyOptional({ example: 't2' })
  @ValidateIf((o: AnalysisEditRequestDto) => o.kind === 'merge')
  @IsDefined()
  @Matches(THEME_ID)
  intoThemeId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @ValidateIf((o: AnalysisEditRequestDto) => o.kind === 'split')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  responseIds?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: AnalysisEditRequestDto) => o.kind === 'move')
  @IsDefined()
  @IsUUID()
  responseId?: string;

  @ApiPropertyOptional({ example: 't2' })
  @ValidateIf((o: AnalysisEditRequestDto) => o.kind === 'move')
  @IsDefined()
  @Matches(THEME_ID)
  toThemeId?: string;
}

export class AnalysisStartedDto {
  @ApiProperty({ format: 'uuid' }) analysisId!: string;
  @ApiProperty({ description: 'False when an analysis of this proposal was already queued or running: that one is answered.' }) created!: boolean;
}

export class AnalysisMethodDto {
  @ApiProperty() responses!: number;
  @ApiProperty({ description: 'The number of themes the silhouette chose.' }) k!: number;
  @ApiProperty() silhouette!: number;
  @ApiProperty() vocabulary!: number;
  @ApiProperty() durationMs!: number;
}

export class SummarySentenceDto {
  @ApiProperty({ description: 'A sentence quoted from a response.' }) text!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The response it is quoted from first, then responses that say much the same.' }) responseIds!: string[];
}

export class ResponseExcerptDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() excerpt!: string;
}

export class AnalysedThemeDto {
  @ApiProperty({ example: 't1' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null after the coordinator rejected the label, until renamed.' }) label!: string | null;
  @ApiProperty({ enum: ['terms', 'coordinator'] }) labelSource!: 'terms' | 'coordinator';
  @ApiProperty({ type: [String], description: 'The theme’s most distinguishing words.' }) terms!: string[];
  @ApiProperty() size!: number;
  @ApiProperty({ type: [SummarySentenceDto] }) summary!: SummarySentenceDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) responseIds!: string[];
  @ApiProperty({ type: [ResponseExcerptDto], description: 'The first responses of the theme with their first words.' }) responses!: ResponseExcerptDto[];
}

export class StanceCountsDto {
  @ApiProperty({ description: 'A question id, or `body` for the response’s main text.' }) questionId!: string;
  @ApiProperty() for!: number;
  @ApiProperty() against!: number;
  @ApiProperty() mixed!: number;
  @ApiProperty() unclear!: number;
}

export class AnalysisRevisionDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: ['analysed', 'renamed', 'merged', 'split', 'moved', 'label-rejected', 'signed-off'] }) kind!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class AnalysisDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ enum: ['queued', 'running', 'failed', 'review', 'signed-off'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: AnalysisMethodDto, nullable: true }) method!: AnalysisMethodDto | null;
  @ApiProperty({ type: [AnalysedThemeDto] }) themes!: AnalysedThemeDto[];
  @ApiProperty({ description: 'Responses without words the analysis could use (in no theme).' }) unthemed!: number;
  @ApiProperty({ type: [StanceCountsDto] }) stances!: StanceCountsDto[];
  @ApiProperty({ type: [AnalysisRevisionDto], description: 'Every change since the analysis ran, oldest first (append-only).' }) revisions!: AnalysisRevisionDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedOffAt!: string | null;
}
