import { describe, expect, it } from 'vitest';
import { formatHours, formatShare, isEmptyPeriod, rejectedByReason } from '../../cms/src/plugins/desk/admin/src/lib/figures';
import { defaultPeriod, isDay, isoWeek, periodFromParams, periodQuery, presetPeriod, todayInStockholm } from '../../cms/src/plugins/desk/admin/src/lib/period';

/** The desk's Statistik page: the period an editor picks, as the URL keeps it and the server takes it. */

describe('the period', () => {
  it('defaults to the last twelve weeks, today included', () => {
    expect(defaultPeriod('2026-11-30')).toEqual({ from: '2026-09-08', through: '2026-11-30' });
  });

  it('has presets for four weeks, this quarter, this year and last year', () => {
    expect(presetPeriod('weeks4', '2026-11-30')).toEqual({ from: '2026-11-03', through: '2026-11-30' });
    expect(presetPeriod('quarter', '2026-11-30')).toEqual({ from: '2026-10-01', through: '2026-11-30' });
    expect(presetPeriod('quarter', '2026-03-31')).toEqual({ from: '2026-01-01', through: '2026-03-31' });
    expect(presetPeriod('year', '2026-11-30')).toEqual({ from: '2026-01-01', through: '2026-11-30' });
    expect(presetPeriod('lastYear', '2026-01-05')).toEqual({ from: '2025-01-01', through: '2025-12-31' });
  });

  it('is read from the URL, and falls back to the default for anything but two real dates', () => {
    expect(periodFromParams(new URLSearchParams('fran=2026-01-01&till=2026-03-31'), '2026-11-30')).toEqual({ from: '2026-01-01', through: '2026-03-31' });
    expect(periodFromParams(new URLSearchParams('fran=2026-02-30&till=2026-03-31'), '2026-11-30')).toEqual(defaultPeriod('2026-11-30'));
    expect(periodFromParams(new URLSearchParams('fran=igår'), '2026-11-30')).toEqual(defaultPeriod('2026-11-30'));
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
  });

  it('goes to the server as [from, to) with to the day after the last day, across a clock change and a year end', () => {
    expect(periodQuery({ from: '2026-10-01', through: '2026-10-25' })).toBe('from=2026-10-01&to=2026-10-26');
    expect(periodQuery({ from: '2025-01-01', through: '2025-12-31' })).toBe('from=2025-01-01&to=2026-01-01');
  });

  it('takes today in Stockholm, not in UTC', () => {
    expect(todayInStockholm(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });

  it('names a week by its ISO number', () => {
    expect(isoWeek('2026-11-23')).toBe(48);
    expect(isoWeek('2025-12-29')).toBe(1);
  });
});

describe('the figures in words', () => {
  it('working hours with a decimal comma, shares in percent, a dash when nothing was answered', () => {
    expect(formatHours(12.25)).toBe('12,3');
    expect(formatHours(null)).toBe('–');
    expect(formatShare(0.875)).toBe('88\u00a0%');
    expect(formatShare(null)).toBe('–');
  });

  it('rejections by reason: only those that occurred, most first', () => {
    expect(rejectedByReason({ rejected: { other: 1, debate: 3, duplicate: 0 } })).toEqual([
      { reason: 'debate', count: 3 },
      { reason: 'other', count: 1 },
    ]);
  });

  it('an empty period has nothing received, answered, rejected or open', () => {
    const none = { received: 0, answered: 0, rejected: {}, rejectedTotal: 0, open: 0, medianHours: null, p90Hours: null, withinPromise: null };
    expect(isEmptyPeriod(none)).toBe(true);
    expect(isEmptyPeriod({ ...none, open: 2 })).toBe(false);
  });
});
