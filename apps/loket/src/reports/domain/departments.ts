/**
 * The Dutch ministries a report can be assigned to, by their usual abbreviation (including the
 * names of the 2024 cabinet and the ones still used in older files).
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
