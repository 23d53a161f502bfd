import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOptions, PageQueryDto } from '@pb/http';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';

const YEAR = /^(19|20|21)\d{2}$/;
const POSITIVE = /^[1-9]\d{0,5}$/;
const YEAR_FILE = /^(19|20|21)\d{2}(\.(json|html|pdf))?$/;

/** `2026`, `2026.json`, `2026.html` or `2026.pdf`. */
export class YearFileParamsDto {
  @ApiProperty({ pattern: YEAR_FILE.source, example: '2026.pdf', description: 'The year, with .json, .html or .pdf for that format (JSON without).' })
  @Matches(YEAR_FILE)
  file!: string;
}

/** A compiled review's document: which revision, in which language. */
export class ReviewDocumentQueryDto {
  @ApiPropertyOptional({ pattern: POSITIVE.source, description: 'A revision; the latest without.' })
  @IsOptional()
  @Matches(POSITIVE)
  revision?: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl', description: 'The language of the HTML or PDF (each language is its own document).' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';
}

export class RevisionQueryDto {
  @ApiPropertyOptional({ pattern: POSITIVE.source, description: 'A revision; the latest without.' })
  @IsOptional()
  @Matches(POSITIVE)
  revision?: string;
}

export class FigureParamsDto {
  @ApiProperty({ pattern: YEAR.source, example: '2026' })
  @Matches(YEAR)
  year!: string;

  @ApiProperty({ pattern: POSITIVE.source, example: '1' })
  @Matches(POSITIVE)
  revision!: string;

  @ApiProperty({ maxLength: 300, example: 'totals.barrierReports' })
  @MaxLength(300)
  figureId!: string;
}

/** A figure's records, keyset on (recordId, key); records are small, so pages are larger than elsewhere. */
export const FIGURE_RECORDS_PAGE: PageOptions = { defaultLimit: 100, maxLimit: 1000, key: ['text', 'text'] };

export class FigureRecordsQueryDto extends PageQueryDto(FIGURE_RECORDS_PAGE) {}

/** A year's revisions, oldest first, keyset on the revision number. */
export const REVISIONS_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['int'] };

export class RevisionsQueryDto extends PageQueryDto(REVISIONS_PAGE) {}
