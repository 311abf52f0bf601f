import { getTimezoneOffset } from 'date-fns-tz';
import { isSwedishWorkingDate } from '../workflow/working-days';
import { TIME_ZONE } from './stockholm-time';

/**
 * The office calendar as numbers, for the statistics' thousands of cases per request: a Stockholm
 * day is an integer (days since 1970-01-01 in Stockholm), and each day's working status and office
 * hours are worked out once and remembered. Formatting dates per case made a year's statistics
 * take a second; this keeps the same rules (Swedish working days, Stockholm time) at map lookups.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface OfficeHours {
  start: string;
  end: string;
}

// Stockholm's offset from UTC for each UTC day, or null on the two days a year when it changes.
const dayOffsets = new Map<number, number | null>();

function offsetAt(at: number): number {
  const utcDay = Math.floor(at / DAY_MS);
  let offset = dayOffsets.get(utcDay);
  if (offset === undefined) {
    const first = getTimezoneOffset(TIME_ZONE, utcDay * DAY_MS);
    const last = getTimezoneOffset(TIME_ZONE, (utcDay + 1) * DAY_MS - 1);
    offset = first === last ? first : null;
    dayOffsets.set(utcDay, offset);
  }
  return offset ?? getTimezoneOffset(TIME_ZONE, at);
}

/** The Stockholm day an instant lies in, as a day number. */
export function localDay(at: number): number {
  return Math.floor((at + offsetAt(at)) / DAY_MS);
}

/** The instant of a Stockholm wall-clock time ("HH:MM") on a day number. */
function wallClock(day: number, time: string): number {
  const wall = day * DAY_MS + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000;
  return wall - offsetAt(wall - offsetAt(wall));
}

interface OfficeDay {
  working: boolean;
  open: number;
  close: number;
}

// Per office hours (one set in practice), per day number.
const officeDays = new Map<string, Map<number, OfficeDay>>();

function officeDay(day: number, hours: OfficeHours): OfficeDay {
  const key = `${hours.start}-${hours.end}`;
  let calendar = officeDays.get(key);
  if (!calendar) {
    calendar = new Map();
    officeDays.set(key, calendar);
  }
  let found = calendar.get(day);
  if (!found) {
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    found = { working: isSwedishWorkingDate(date), open: wallClock(day, hours.start), close: wallClock(day, hours.end) };
    calendar.set(day, found);
  }
  return found;
}

/** Office hours (ms) of Swedish working days between two instants. */
export function officeTimeBetween(start: number, end: number, hours: OfficeHours): number {
  let total = 0;
  const last = localDay(end);
  for (let day = localDay(start); day <= last; day++) {
    const office = officeDay(day, hours);
    if (!office.working) continue;
    const from = Math.max(start, office.open);
    const to = Math.min(end, office.close);
    if (to > from) total += to - from;
  }
  return total;
}

/**
 * `days` Swedish working days after an instant, in steps of 24 hours: the rule of addWorkingDays
 * (cms/src/workflow/working-days.ts), by which every case's dueAt is set.
 */
export function afterWorkingDays(from: number, days: number, hours: OfficeHours): number {
  let at = from;
  let remaining = days;
  while (remaining > 0) {
    at += DAY_MS;
    if (officeDay(localDay(at), hours).working) remaining -= 1;
  }
  return at;
}
