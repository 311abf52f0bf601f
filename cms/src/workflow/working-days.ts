import Holidays from 'date-holidays';
import { stockholmDate } from '@frageladan/config/domain/due';

/**
 * Swedish working days: Monday to Friday, except public holidays (helgdagar) and the days that are
 * treated as holidays in working life (midsommarafton, julafton, nyårsafton). date-holidays knows
 * the movable feasts; we only decide which of its kinds count.
 */

const swedish = new Holidays('SE', { timezone: 'Europe/Stockholm' });

const DAY_MS = 24 * 60 * 60 * 1000;

// Formatters are built once: building one per call made the statistics' thousands of due times slow.
const weekdayInStockholm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short' });

const workingDates = new Map<string, boolean>();

/** Whether a Stockholm date (yyyy-mm-dd) is a working day; remembered, since a calendar does not change. */
export function isSwedishWorkingDate(date: string): boolean {
  let working = workingDates.get(date);
  if (working === undefined) {
    const noon = new Date(`${date}T12:00:00Z`);
    const weekday = weekdayInStockholm.format(noon);
    const holidays = swedish.isHoliday(noon) || [];
    // "public" covers the helgdagar; the three eves are "bank" holidays, which are days off in practice.
    working = weekday !== 'Sat' && weekday !== 'Sun' && !holidays.some((h) => h.type === 'public' || h.type === 'bank');
    workingDates.set(date, working);
  }
  return working;
}

export function isSwedishWorkingDay(instant: Date): boolean {
  return isSwedishWorkingDate(stockholmDate(instant));
}

/**
 * The instant `days` Swedish working days after `from`, at the same time of day: a question
 * received on a Friday afternoon with a two-day promise is due on Tuesday afternoon.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let result = new Date(from.getTime());
  let remaining = days;
  while (remaining > 0) {
    result = new Date(result.getTime() + DAY_MS);
    if (isSwedishWorkingDay(result)) remaining -= 1;
  }
  return result;
}
