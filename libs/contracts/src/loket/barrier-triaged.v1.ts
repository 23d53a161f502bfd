import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Topics } from '../topics';

export const PRIORITIES = ['low', 'normal', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * The Dutch ministries a report can be assigned to, by their usual abbreviation (including the
 * names of the 2024 cabinet and the ones still used in older files). The loket accepts only these;
 * the event field is not narrowed to them, so events written under an older list stay readable.
 */
export const DEPARTMENTS = [
  'AZ', // Algemene Zaken
  'BZ', // Buitenlandse Zaken
  'BZK', // Binnenlandse Zaken en Koninkrijksrelaties
  'DEF', // Defensie
  'EZ', // Economische Zaken
  'EZK', // Economische Zaken en Klimaat (until 2024)
  'FIN', // Financiën
  'IenW', // Infrastructuur en Waterstaat
  'JenV', // Justitie en Veiligheid
  'KGG', // Klimaat en Groene Groei
  'LNV', // Landbouw, Natuur en Voedselkwaliteit (until 2024)
  'LVVN', // Landbouw, Visserij, Voedselzekerheid en Natuur
  'OCW', // Onderwijs, Cultuur en Wetenschap
  'SZW', // Sociale Zaken en Werkgelegenheid
  'VRO', // Volkshuisvesting en Ruimtelijke Ordening
  'VWS', // Volksgezondheid, Welzijn en Sport
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** The codes of a former cabinet, each succeeded by one above (EZK → EZ and KGG, LNV → LVVN): readable in old data, not offered for new. */
export const FORMER_DEPARTMENTS: readonly Department[] = ['EZK', 'LNV'];
/** The ministries of today's cabinet: what a form offers. */
export const CURRENT_DEPARTMENTS: readonly Department[] = DEPARTMENTS.filter((d) => !FORMER_DEPARTMENTS.includes(d));

/** An official classified a report under a strategy theme and assigned it. */
export class BarrierTriagedV1 {
  static readonly type = 'loket.BarrierTriaged';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report was classified under a strategy theme, prioritised and assigned.';

  @IsUUID()
  reportId!: string;

  /** Theme code of the strategy version the report was classified under, e.g. `2.1.2`. */
  @Matches(/^\d+(\.\d+){1,2}$/)
  theme!: string;

  @IsString()
  @MaxLength(20)
  strategyVersion!: string;

  @IsIn(PRIORITIES)
  priority!: Priority;

  /** One of DEPARTMENTS when written. */
  @IsString()
  @MaxLength(20)
  department!: string;

  /** Pseudonymous handler id (not the official's name). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  handlerId?: string;
}
