import { zonedTimeToUtc } from 'date-fns-tz';

/**
 * Dates as the Swedish office reads them: a period, a week, a month and the office hours are all
 * Stockholm wall-clock time, whatever the server's own time zone. Instants are milliseconds.
 */

export const TIME_ZONE = 'Europe/Stockholm';

/** The Stockholm date (YYYY-MM-DD) of an instant: the one the desk's due marks use. */
export { stockholmDate } from '@frageladan/config/domain/due';

const instants = new Map<string, number>();

/** The instant of a Stockholm wall-clock time on a date (remembered: the statistics ask for the same days often). */
export function stockholmInstant(date: string, time = '00:00'): number {
  const key = `${date}T${time}`;
  let at = instants.get(key);
  if (at === undefined) {
    at = zonedTimeToUtc(`${key}:00`, TIME_ZONE).getTime();
    instants.set(key, at);
  }
  return at;
}

/** The calendar date `days` after a date (YYYY-MM-DD), by the calendar, not by 24-hour steps. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The Monday (YYYY-MM-DD) of the ISO week a date lies in. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The first day of the month `months` after the month a date lies in. */
export function addMonths(date: string, months: number): string {
  const at = new Date(`${date.slice(0, 7)}-01T12:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + months);
  return at.toISOString().slice(0, 10);
}

