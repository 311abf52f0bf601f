import type { Figures } from '@frageladan/config/domain/statistics';
import type { RejectionReason } from '@frageladan/config/domain/stages';
import type { CaseTimeline } from './case-timelines';

/**
 * The figures for a window of time [start, end) over a set of cases: pure arithmetic on the
 * timelines, so weeks, months, topics and the whole period are all the same rule.
 */

/** A timeline with its answer time worked out once: working hours and whether within the promise. */
export interface MeasuredCase extends CaseTimeline {
  hours: number | null;
  withinPromise: boolean | null;
}

/** The value at fraction p of sorted values, interpolated between neighbours (the common "type 7"). */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
const within = (at: number | null, start: number, end: number) => at !== null && at >= start && at < end;

export function figures(cases: readonly MeasuredCase[], start: number, end: number): Figures {
  let received = 0;
  let open = 0;
  let rejectedTotal = 0;
  const rejected: Partial<Record<RejectionReason, number>> = {};
  const hours: number[] = [];
  let answered = 0;
  let onTime = 0;
  let timed = 0;
  for (const c of cases) {
    if (within(c.receivedAt, start, end)) received += 1;
    if (within(c.publishedAt, start, end)) {
      answered += 1;
      if (c.hours !== null) hours.push(c.hours);
      if (c.withinPromise !== null) {
        timed += 1;
        if (c.withinPromise) onTime += 1;
      }
    }
    if (c.reason && within(c.rejectedAt, start, end)) {
      rejectedTotal += 1;
      rejected[c.reason] = (rejected[c.reason] ?? 0) + 1;
    }
    if (c.receivedAt !== null && c.receivedAt < end && (c.closedAt === null || c.closedAt >= end)) open += 1;
  }
  hours.sort((a, b) => a - b);
  return {
    received,
    answered,
    rejected,
    rejectedTotal,
    open,
    medianHours: oneDecimal(quantile(hours, 0.5)),
    p90Hours: oneDecimal(quantile(hours, 0.9)),
    withinPromise: share(onTime, timed),
  };
}
