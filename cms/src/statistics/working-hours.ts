import serviceConfig from '../service-config';
import { afterWorkingDays, officeTimeBetween, type OfficeHours } from './calendar';

export type { OfficeHours } from './calendar';

/**
 * Time to answer as the office lived it: only the office hours (config `officeHours`, Stockholm
 * time) of Swedish working days count, so an answer on Tuesday morning to a question sent before
 * a long Easter weekend is a few working hours, not four days.
 */

const HOUR_MS = 60 * 60 * 1000;

export function officeHours(): OfficeHours {
  return serviceConfig.officeHours;
}

/** The length of one working day in hours, e.g. 8 for 08:00–16:00. */
export function hoursPerDay(hours: OfficeHours = officeHours()): number {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return (minutes(hours.end) - minutes(hours.start)) / 60;
}

/** Office hours between two instants (ms); 0 when the end is not after the start. */
export function workingHoursBetween(start: number, end: number, hours: OfficeHours = officeHours()): number {
  return end <= start ? 0 : officeTimeBetween(start, end, hours) / HOUR_MS;
}

/** When a case received at this instant is due: the same rule as the case's own dueAt. */
export function dueTime(receivedAt: number, workingDays: number): number {
  return afterWorkingDays(receivedAt, workingDays, officeHours());
}
