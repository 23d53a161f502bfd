import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsString, IsUUID, Length, ValidateNested } from 'class-validator';

export class ReportAnswerRequestDto {
  @ApiProperty({ description: 'A theme raised in the responses.' })
  @IsDefined()
  @IsString()
  @Length(3, 300)
  topic!: string;

  @ApiProperty({ description: 'The answer (Markdown).' })
  @IsDefined()
  @IsString()
  @Length(3, 20000)
  answer!: string;

  @ApiProperty({ type: [String], description: 'Ids of the responses this answers.' })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  responseIds!: string[];
}

export class PublishReportRequestDto {
  @ApiProperty({ description: 'Summary of the consultation and what is done with it (Markdown).' })
  @IsDefined()
  @IsString()
  @Length(10, 100000)
  summary!: string;

  @ApiProperty({ type: [ReportAnswerRequestDto] })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReportAnswerRequestDto)
  answers!: ReportAnswerRequestDto[];
}
