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

interface Tally {
  received: number;
  answered: number;
  rejected: Partial<Record<RejectionReason, number>>;
  rejectedTotal: number;
  hours: number[];
  timed: number;
  onTime: number;
}

const emptyTally = (): Tally => ({ received: 0, answered: 0, rejected: {}, rejectedTotal: 0, hours: [], timed: 0, onTime: 0 });

/** The window [bounds[i], bounds[i + 1]) an instant lies in, or -1. */
function windowOf(bounds: readonly number[], at: number | null): number {
  if (at === null || at < bounds[0] || at >= bounds[bounds.length - 1]) return -1;
  let low = 0;
  let high = bounds.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (bounds[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The figures of consecutive windows [bounds[0], bounds[1]), [bounds[1], bounds[2]), … in one pass
 * over the cases (a year's weeks over ten thousand cases would otherwise be half a million checks).
 * `open` is counted at each window's end: received before it, not closed by then.
 */
export function figuresPerWindow(cases: readonly MeasuredCase[], bounds: readonly number[]): Figures[] {
  const windows = bounds.length - 1;
  const tallies = Array.from({ length: windows }, emptyTally);
  // open[i] as a difference array: a case is open at the ends of a run of consecutive windows.
  const openChange = new Array<number>(windows + 1).fill(0);
  for (const c of cases) {
    const received = windowOf(bounds, c.receivedAt);
    if (received >= 0) tallies[received].received += 1;
    const published = windowOf(bounds, c.publishedAt);
    if (published >= 0) {
      const tally = tallies[published];
      tally.answered += 1;
      if (c.hours !== null) tally.hours.push(c.hours);
      if (c.withinPromise !== null) {
        tally.timed += 1;
        if (c.withinPromise) tally.onTime += 1;
      }
    }
    const rejected = windowOf(bounds, c.rejectedAt);
    if (rejected >= 0 && c.reason) {
      const tally = tallies[rejected];
      tally.rejectedTotal += 1;
      tally.rejected[c.reason] = (tally.rejected[c.reason] ?? 0) + 1;
    }
    if (c.receivedAt === null) continue;
    // Open at the end of window i when receivedAt < bounds[i + 1] <= closedAt: i in [first, last).
    const first = c.receivedAt < bounds[1] ? 0 : c.receivedAt >= bounds[windows] ? windows : windowOf(bounds, c.receivedAt);
    const last = c.closedAt === null || c.closedAt >= bounds[windows] ? windows : c.closedAt < bounds[1] ? 0 : windowOf(bounds, c.closedAt);
    if (first < last) {
      openChange[first] += 1;
      openChange[last] -= 1;
    }
  }
  let open = 0;
  return tallies.map((tally, i) => {
    open += openChange[i];
    tally.hours.sort((a, b) => a - b);
    return {
      received: tally.received,
      answered: tally.answered,
      rejected: tally.rejected,
      rejectedTotal: tally.rejectedTotal,
      open,
      medianHours: oneDecimal(quantile(tally.hours, 0.5)),
      p90Hours: oneDecimal(quantile(tally.hours, 0.9)),
      withinPromise: share(tally.onTime, tally.timed),
    };
  });
}

/** The figures of one window [start, end). */
export function figures(cases: readonly MeasuredCase[], start: number, end: number): Figures {
  return figuresPerWindow(cases, [start, end])[0];
}
