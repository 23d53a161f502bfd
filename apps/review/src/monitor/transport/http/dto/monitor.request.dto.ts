import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** A strategy theme's code, as the strategy numbers it (`1.3`, `2.1.2`). */
export class MonitorThemeParamsDto {
  @ApiProperty({ pattern: '^\\d+(\\.\\d+){1,2}$', example: '2.1.2' })
  @Matches(/^\d+(\.\d+){1,2}$/)
  theme!: string;
}
