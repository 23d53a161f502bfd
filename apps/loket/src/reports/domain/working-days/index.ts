export { easterSunday } from './easter-sunday.util';
export {
  ATW_EQUATED_DAYS,
  ATW_EQUATED_DAYS_KNOWN_THROUGH_YEAR,
  dutchPublicHolidays,
  FIRST_SUPPORTED_YEAR,
} from './dutch-public-holidays.util';
export type { DutchHolidayBasis, DutchPublicHoliday } from './dutch-public-holidays.util';
export { addCalendarDays, asLocalDate, isoWeekday, toLocalDate } from './local-date.util';
export type { LocalDate } from './local-date.util';
export {
  addWorkingDays,
  deadlineWithPauses,
  isOverdue,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.util';
export type { DeadlinePause } from './working-days.util';
