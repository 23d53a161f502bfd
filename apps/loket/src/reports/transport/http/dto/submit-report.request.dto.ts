import { FREE_TEXT, IsEmailAddress, IsName } from '@pb/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BWB_ID_PATTERN, COMPANY_SIZE_CLASSES, SBI_SECTIONS, TECHNOLOGIES } from '@pb/contracts';
import type { CompanySizeClass, Technology } from '@pb/contracts';


export class RegulationRequestDto {
  @ApiProperty({ example: 'Wet ter voorkoming van witwassen en financieren van terrorisme' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  name!: string;

  @ApiPropertyOptional({ example: '33' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  article?: string;

  @ApiPropertyOptional({ example: 'BWBR0024282' })
  @IsOptional()
  @IsString()
  @Matches(BWB_ID_PATTERN, { context: { code: 'bwb' } })
  bwbId?: string;
}

export class CompanyRequestDto {
  @ApiProperty()
  @IsName()
  name!: string;

  @ApiProperty({ example: '12345678' })
  @IsDefined()
  @IsString()
  @Matches(/^\d{8}$/, { context: { code: 'kvk' } })
  kvkNumber!: string;

  @ApiProperty({ enum: COMPANY_SIZE_CLASSES })
  @IsDefined()
  @IsIn(COMPANY_SIZE_CLASSES)
  sizeClass!: CompanySizeClass;
}

export class ContactRequestDto {
  @ApiProperty()
  @IsName()
  name!: string;

  @ApiProperty()
  @IsEmailAddress()
  email!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[+0-9][0-9 ()-]{5,19}$/, { context: { code: 'phone' } })
  phone?: string;
}

export class ConsentRequestDto {
  @ApiProperty({ description: 'The reporter agrees to be contacted about this report (required).' })
  @IsDefined()
  @IsBoolean()
  @Equals(true)
  contact!: boolean;

  @ApiProperty({ description: 'The resolved barrier may be published without personal data.' })
  @IsDefined()
  @IsBoolean()
  publish!: boolean;
}

export class SubmitReportRequestDto {
  @ApiProperty({ example: 'Geen ruimte voor een blockchain-pilot met digitale identificatie' })
  @IsDefined()
  @IsString()
  @Length(5, 200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  title!: string;

  @ApiProperty({ description: 'What you want to do and what stops you.' })
  @IsDefined()
  @IsString()
  @Length(20, 10000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  description!: string;

  @ApiProperty({ type: RegulationRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RegulationRequestDto)
  regulation!: RegulationRequestDto;

  @ApiProperty({ enum: TECHNOLOGIES })
  @IsDefined()
  @IsIn(TECHNOLOGIES)
  technology!: Technology;

  @ApiProperty({ description: 'SBI section letter A to U' })
  @IsDefined()
  @IsIn(SBI_SECTIONS)
  sector!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  impact?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  suggestedSolution?: string;

  @ApiProperty({ type: CompanyRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CompanyRequestDto)
  company!: CompanyRequestDto;

  @ApiProperty({ type: ContactRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactRequestDto)
  contact!: ContactRequestDto;

  @ApiProperty({ type: ConsentRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentRequestDto)
  consent!: ConsentRequestDto;
}
