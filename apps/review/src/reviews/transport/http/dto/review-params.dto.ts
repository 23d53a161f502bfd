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

export class PageQueryDto {
  @IsOptional()
  @Matches(/^([1-9]\d{0,3}|10000)$/)
  limit?: string;

  @IsOptional()
  @Matches(/^\d{1,9}$/)
  offset?: string;
}

export class JobParamsDto {
  @IsUUID()
  id!: string;
}
