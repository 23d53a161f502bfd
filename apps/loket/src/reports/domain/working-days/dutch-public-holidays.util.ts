import { easterSunday } from './easter-sunday.util';
import { addCalendarDays, isoWeekday, LocalDate, localDateOf } from './local-date.util';

/**
 * The days that do not count as working days besides Saturday and Sunday, following
 * article 3 of the Algemene termijnenwet (Atw, BWBR0002448):
 *
 *   1. Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de
 *      Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag,
 *      de dag waarop de verjaardag van de Koning wordt gevierd en de vijfde mei.
 *   2. Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid
 *      genoemde dagen gelijkgesteld.
 *   3. Wij kunnen bepaalde dagen voor de toepassing van deze wet met de in het eerste lid
 *      genoemde gelijkstellen. (…)
 *
 * Consequences encoded here:
 * - Goede Vrijdag IS a non-working day for Atw purposes (lid 2), although most employers
 *   treat it as a normal day.
 * - "de vijfde mei" is every year, not only the lustrum years many collective agreements use.
 * - Eerste Paasdag and Eerste Pinksterdag are not named because they are always Sundays;
 *   they are listed with basis 'sunday' only so calendars can show their names.
 * - The King's birthday is celebrated on 27 April, or on the 26th when the 27th is a Sunday
 *   (Besluit van 2013 over Koningsdag). The 26th is then a Saturday, so the move never
 *   changes a working-day count — it still matters for the list of names.
 * - Lid 3 days ("gelijkgestelde dagen", mostly bridge days such as the Friday after
 *   Hemelvaartsdag) are fixed by royal decree for three years at a time and cannot be
 *   computed; they live in ATW_EQUATED_DAYS and must be extended when the next decree is
 *   published.
 */
export type DutchHolidayBasis = 'atw-art-3-lid-1' | 'atw-art-3-lid-2' | 'atw-art-3-lid-3' | 'sunday';

export interface DutchPublicHoliday {
  date: LocalDate;
  name: string;
  basis: DutchHolidayBasis;
}

/**
 * Days equated with public holidays under art. 3 lid 3 Atw, per Koninklijk Besluit
 * (Stcrt. 2025, 24713) for 2026–2028. Earlier decrees are not encoded because the loket only
 * computes deadlines from 2026 on; add the decree for 2029–2031 when it is published.
 */
export const ATW_EQUATED_DAYS: readonly DutchPublicHoliday[] = [
  { date: '2026-01-02', name: 'Vrijdag na Nieuwjaarsdag', basis: 'atw-art-3-lid-3' },
  { date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag', basis: 'atw-art-3-lid-3' },
  { date: '2027-05-07', name: 'Vrijdag na Hemelvaartsdag', basis: 'atw-art-3-lid-3' },
  { date: '2028-04-28', name: 'Vrijdag na Koningsdag', basis: 'atw-art-3-lid-3' },
  { date: '2028-05-26', name: 'Vrijdag na Hemelvaartsdag', basis: 'atw-art-3-lid-3' },
];

/** Last year for which ATW_EQUATED_DAYS is known to be complete; a service can warn past it. */
export const ATW_EQUATED_DAYS_KNOWN_THROUGH_YEAR = 2028;

/** Koningsdag exists since 2014; before that Koninginnedag followed other rules. */
export const FIRST_SUPPORTED_YEAR = 2014;

/** All Atw non-working days of a year (plus the Sunday feasts, by name), sorted by date. */
export function dutchPublicHolidays(year: number): DutchPublicHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > 9999) {
    throw new RangeError(`Dutch holidays are defined for ${FIRST_SUPPORTED_YEAR}–9999, got ${year}`);
  }
  const easter = easterSunday(year);
  const kingsBirthday = localDateOf(year, 4, 27);
  const koningsdag = isoWeekday(kingsBirthday) === 7 ? localDateOf(year, 4, 26) : kingsBirthday;

  const holidays: DutchPublicHoliday[] = [
    { date: localDateOf(year, 1, 1), name: 'Nieuwjaarsdag', basis: 'atw-art-3-lid-1' },
    { date: addCalendarDays(easter, -2), name: 'Goede Vrijdag', basis: 'atw-art-3-lid-2' },
    { date: easter, name: 'Eerste Paasdag', basis: 'sunday' },
    { date: addCalendarDays(easter, 1), name: 'Tweede Paasdag', basis: 'atw-art-3-lid-1' },
    { date: koningsdag, name: 'Koningsdag', basis: 'atw-art-3-lid-1' },
    { date: localDateOf(year, 5, 5), name: 'Bevrijdingsdag', basis: 'atw-art-3-lid-1' },
    { date: addCalendarDays(easter, 39), name: 'Hemelvaartsdag', basis: 'atw-art-3-lid-1' },
    { date: addCalendarDays(easter, 49), name: 'Eerste Pinksterdag', basis: 'sunday' },
    { date: addCalendarDays(easter, 50), name: 'Tweede Pinksterdag', basis: 'atw-art-3-lid-1' },
    { date: localDateOf(year, 12, 25), name: 'Eerste Kerstdag', basis: 'atw-art-3-lid-1' },
    { date: localDateOf(year, 12, 26), name: 'Tweede Kerstdag', basis: 'atw-art-3-lid-1' },
    ...ATW_EQUATED_DAYS.filter((day) => day.date.startsWith(`${year}-`)),
  ];
  // Stable sort on the ISO string keeps same-day entries (e.g. 5 May on Hemelvaartsdag) in
  // declaration order, so the output is deterministic.
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
