import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { THEME_CODE_PATTERN } from '@pb/contracts';
import { FREE_TEXT } from '@pb/http';

const YEAR = /^(19|20|21)\d{2}$/;
const POSITIVE = /^[1-9]\d{0,5}$/;
const SENTENCE_KEYS = ['reports', 'handling', 'handling-time', 'regulations', 'outcomes', 'consultations', 'consultation-reports', 'amendments'] as const;

export class NarrativeQueryDto {
  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';

  @ApiPropertyOptional({ pattern: POSITIVE.source, description: 'A revision; the latest without.' })
  @IsOptional()
  @Matches(POSITIVE)
  revision?: string;
}

export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';
}

export class NarrativeThemeParamsDto {
  @ApiProperty({ pattern: YEAR.source, example: '2026' })
  @Matches(YEAR)
  year!: string;

  @ApiProperty({ pattern: POSITIVE.source, example: '1' })
  @Matches(POSITIVE)
  revision!: string;

  @ApiProperty({ pattern: THEME_CODE_PATTERN.source, example: '2.1.2' })
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme!: string;
}

export class NarrativeSentenceEditDto {
  @ApiProperty({ enum: SENTENCE_KEYS })
  @IsIn(SENTENCE_KEYS)
  key!: (typeof SENTENCE_KEYS)[number];

  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  text!: string;
}

export class EditNarrativeRequestDto {
  @ApiProperty({ type: [NarrativeSentenceEditDto], maxItems: 20, description: 'The sentences to publish, in order; a drafted sentence left out is dropped.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NarrativeSentenceEditDto)
  sentences!: NarrativeSentenceEditDto[];
}

class NarrativeFigureDto {
  @ApiProperty()
  id!: string;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty({ description: 'The records the figure counts.' })
  drillDown!: string;
}

class NarrativeRecordDto {
  @ApiProperty({ enum: ['amendment', 'proposal'] })
  type!: string;

  @ApiProperty()
  id!: string;
}

class NarrativeSentenceDto {
  @ApiProperty({ enum: SENTENCE_KEYS })
  key!: string;

  @ApiProperty({ description: 'What the reader reads: the coordinator’s words where they edited.' })
  text!: string;

  @ApiProperty({ description: 'The sentence as drafted from the figures.' })
  drafted!: string;

  @ApiProperty()
  edited!: boolean;

  @ApiProperty({ type: [NarrativeFigureDto] })
  figures!: NarrativeFigureDto[];

  @ApiPropertyOptional({ type: [NarrativeRecordDto] })
  records?: NarrativeRecordDto[];
}

class SignedOffDto {
  @ApiProperty()
  by!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

class ThemeNarrativeDto {
  @ApiProperty({ example: '2.1.2' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ['draft', 'signed-off'] })
  status!: string;

  @ApiProperty({ type: SignedOffDto, nullable: true })
  signedOff!: SignedOffDto | null;

  @ApiProperty({ type: [NarrativeSentenceDto] })
  sentences!: NarrativeSentenceDto[];
}

export class NarrativeViewDto {
  @ApiProperty()
  year!: number;

  @ApiProperty()
  revision!: number;

  @ApiProperty({ enum: ['nl', 'en'] })
  lang!: string;

  @ApiProperty({ type: [ThemeNarrativeDto], description: 'Signed-off themes; coordinators and admins also see drafts.' })
  themes!: ThemeNarrativeDto[];
}
