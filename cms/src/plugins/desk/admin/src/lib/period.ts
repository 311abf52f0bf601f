import { addDays as add, format, getISOWeek, parseISO, startOfQuarter } from 'date-fns';
import { isCalendarDate, stockholmDate } from '@frageladan/config/domain/due';

/**
 * The Statistik page's period: what the editor picks and the URL keeps (from and through, both
 * inclusive, as one reads a calendar) and what the server takes ([from, to), to exclusive). Dates
 * are Stockholm dates as YYYY-MM-DD.
 */

export const PRESETS = ['weeks4', 'quarter', 'year', 'lastYear'] as const;
export type Preset = (typeof PRESETS)[number];

export interface Period {
  from: string;
  /** the last day included */
  through: string;
}

export function todayInStockholm(now = new Date()): string {
  return stockholmDate(now);
}

const day = (date: Date) => format(date, 'yyyy-MM-dd');

export function addDays(value: string, days: number): string {
  return day(add(parseISO(value), days));
}

export function isDay(value: string | null): value is string {
  return value !== null && isCalendarDate(value);
}

/** The default: the last twelve weeks up to and including today. */
export function defaultPeriod(today: string): Period {
  return { from: addDays(today, -7 * 12 + 1), through: today };
}

export function presetPeriod(preset: Preset, today: string): Period {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'weeks4':
      return { from: addDays(today, -7 * 4 + 1), through: today };
    case 'quarter':
      return { from: day(startOfQuarter(parseISO(today))), through: today };
    case 'year':
      return { from: `${year}-01-01`, through: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, through: `${year - 1}-12-31` };
  }
}

/** The period in the URL, or the default when it is missing or not two real dates. */
export function periodFromParams(params: URLSearchParams, today: string): Period {
  const from = params.get('fran');
  const through = params.get('till');
  return isDay(from) && isDay(through) ? { from, through } : defaultPeriod(today);
}

/** What the server's routes take: ?from=…&to=… with `to` the day after the last one included. */
export function periodQuery(period: Period): string {
  return `from=${period.from}&to=${addDays(period.through, 1)}`;
}

/** The ISO week number of the week that starts on this Monday ("v. 47"). */
export function isoWeek(monday: string): number {
  return getISOWeek(parseISO(monday));
}
