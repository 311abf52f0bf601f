import Holidays from 'date-holidays';

/**
 * Swedish working days: Monday to Friday, except public holidays (helgdagar) and the days that are
 * treated as holidays in working life (midsommarafton, julafton, nyårsafton). date-holidays knows
 * the movable feasts; we only decide which of its kinds count.
 */

const swedish = new Holidays('SE', { timezone: 'Europe/Stockholm' });

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date in Stockholm (yyyy-mm-dd) of an instant. */
function stockholmDate(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(instant);
}

export function isSwedishWorkingDay(instant: Date): boolean {
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short' }).format(instant);
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  const date = stockholmDate(instant);
  const holidays = swedish.isHoliday(new Date(`${date}T12:00:00Z`)) || [];
  // "public" covers the helgdagar; the three eves are "bank" holidays, which are days off in practice.
  return !holidays.some((h) => h.type === 'public' || h.type === 'bank');
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
