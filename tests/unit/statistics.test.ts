import { describe, expect, it } from 'vitest';
import { afterWorkingDays, localDay, officeTimeBetween } from '../../cms/src/statistics/calendar';
import { figuresPerWindow, quantile, type MeasuredCase } from '../../cms/src/statistics/figures';
import { addWorkingDays } from '../../cms/src/workflow/working-days';

const HOURS = { start: '08:00', end: '16:00' };
const hours = (from: string, to: string) => officeTimeBetween(Date.parse(from), Date.parse(to), HOURS) / 3_600_000;

describe('the statistics’ office calendar', () => {
  it('counts office hours of Swedish working days only', () => {
    // Wednesday before Kristi himmelsfärd 2026 (Thursday 14 May), answered Friday.
    expect(hours('2026-05-13T15:00:00+02:00', '2026-05-15T10:00:00+02:00')).toBe(3);
    // Before Christmas: 23 Dec 2026 is a Wednesday; julafton, juldagen, annandag jul are off.
    expect(hours('2026-12-23T14:00:00+01:00', '2026-12-28T09:00:00+01:00')).toBe(3);
    // Across the change to summer time (Sunday 29 March 2026): Friday 15:00 → Monday 09:00.
    expect(hours('2026-03-27T15:00:00+01:00', '2026-03-30T09:00:00+02:00')).toBe(2);
    // Evenings and weekends are not counted at all.
    expect(hours('2026-05-29T17:00:00+02:00', '2026-05-31T20:00:00+02:00')).toBe(0);
  });

  it('gives the same due time as the cases’ own dueAt, across holidays and the clock changes', () => {
    let at = Date.parse('2025-10-01T00:17:00Z');
    const end = Date.parse('2027-01-15T00:00:00Z');
    for (; at < end; at += 7 * 60 * 60 * 1000 + 13 * 60 * 1000) {
      for (const days of [1, 2, 3]) {
        expect(afterWorkingDays(at, days, HOURS), new Date(at).toISOString()).toBe(addWorkingDays(new Date(at), days).getTime());
      }
    }
  });

  it('names the Stockholm day of an instant, also just after midnight in summer', () => {
    const day = (iso: string) => new Date(localDay(Date.parse(iso)) * 86_400_000).toISOString().slice(0, 10);
    expect(day('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(day('2026-01-31T22:30:00Z')).toBe('2026-01-31');
    expect(day('2026-01-31T23:30:00Z')).toBe('2026-02-01');
  });

  it('interpolates the median and the 90th percentile between neighbours', () => {
    expect(quantile([3, 8, 30], 0.5)).toBe(8);
    expect(quantile([3, 8, 30], 0.9)).toBeCloseTo(25.6);
    expect(quantile([3, 8], 0.5)).toBe(5.5);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('figures per window', () => {
  it('counts each window in one pass as a case-by-case count would', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const bounds = [100, 200, 300, 400, 500];
    const at = () => (next() < 0.15 ? null : Math.floor(next() * 600));
    const cases: MeasuredCase[] = Array.from({ length: 400 }, (_, i) => {
      const receivedAt = at();
      const publishedAt = at();
      const rejectedAt = publishedAt === null ? at() : null;
      const closes = [publishedAt, rejectedAt].filter((t): t is number => t !== null);
      return {
        caseId: String(i), topic: null, receivedAt, publishedAt, rejectedAt, reason: rejectedAt === null ? null : 'debate',
        closedAt: closes.length ? Math.min(...closes) : null, hours: publishedAt === null ? null : i % 17, withinPromise: publishedAt === null ? null : i % 3 > 0,
      };
    });
    const figures = figuresPerWindow(cases, bounds);
    bounds.slice(0, -1).forEach((start, i) => {
      const end = bounds[i + 1];
      const inside = (t: number | null) => t !== null && t >= start && t < end;
      expect(figures[i].received).toBe(cases.filter((c) => inside(c.receivedAt)).length);
      expect(figures[i].answered).toBe(cases.filter((c) => inside(c.publishedAt)).length);
      expect(figures[i].rejectedTotal).toBe(cases.filter((c) => inside(c.rejectedAt)).length);
      expect(figures[i].open).toBe(cases.filter((c) => c.receivedAt !== null && c.receivedAt < end && (c.closedAt === null || c.closedAt >= end)).length);
      const hours = cases.filter((c) => inside(c.publishedAt)).map((c) => c.hours as number).sort((a, b) => a - b);
      expect(figures[i].medianHours).toBe(quantile(hours, 0.5) === null ? null : Math.round((quantile(hours, 0.5) as number) * 10) / 10);
    });
  });
});
