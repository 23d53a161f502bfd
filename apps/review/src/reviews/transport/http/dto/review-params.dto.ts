import { PageOptions, PageQueryDto } from '@pb/http';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';

const YEAR = /^(19|20|21)\d{2}$/;
const POSITIVE = /^[1-9]\d{0,5}$/;

export class YearParamsDto {
  @Matches(YEAR)
  year!: string;
}

/** `2026`, `2026.json`, `2026.html` or `2026.pdf`. */
export class YearFileParamsDto {
  @Matches(/^(19|20|21)\d{2}(\.(json|html|pdf))?$/)
  file!: string;
}

export class RevisionQueryDto {
  @IsOptional()
  @Matches(POSITIVE)
  revision?: string;
}

export class FigureParamsDto {
  @Matches(YEAR)
  year!: string;

  @Matches(POSITIVE)
  revision!: string;

  @MaxLength(300)
  figureId!: string;
}

/** A figure's records, keyset on (recordId, key); records are small, so pages are larger than elsewhere. */
export const FIGURE_RECORDS_PAGE: PageOptions = { defaultLimit: 100, maxLimit: 1000, key: ['text', 'text'] };

export class FigureRecordsQueryDto extends PageQueryDto(FIGURE_RECORDS_PAGE) {}

export class JobParamsDto {
  @IsUUID()
  id!: string;
}

/** A year's revisions, oldest first, keyset on the revision number. */
export const REVISIONS_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['int'] };

export class RevisionsQueryDto extends PageQueryDto(REVISIONS_PAGE) {}
