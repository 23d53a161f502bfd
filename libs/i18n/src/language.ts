/** The languages people read the platform in: Dutch first, English second. */
export type Language = 'nl' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
