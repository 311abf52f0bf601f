import { describe, expect, it } from 'vitest';
import { formatSummary, repeat, summarise } from '../../scripts/lib/bench-report';
import { benchSettings } from '../../scripts/lib/settings';

describe('bench figures', () => {
  it('sums up repeated runs as median, range and ± half the range in percent of the median', () => {
    expect(summarise([720, 650, 690])).toEqual({ n: 3, median: 690, min: 650, max: 720, spread: 70, spreadPercent: (35 / 690) * 100 });
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
    expect(formatSummary(summarise([720, 650, 690]), 'ms')).toBe('median 690 ms (spridning 650–720 ms, ±5 %, n=3)');
    expect(formatSummary(summarise([19.94]), 'frågor/s', 1)).toBe('19.9 frågor/s (n=1)');
    expect(() => summarise([])).toThrow();
  });

  it('repeats one run after another, never two at once', async () => {
    let running = 0;
    const seen = await repeat(3, async (i) => {
      running += 1;
      const overlapping = running > 1;
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      return { i, overlapping };
    });
    expect(seen).toEqual([0, 1, 2].map((i) => ({ i, overlapping: false })));
  });

  it('reads the benches’ settings with PostgreSQL on this machine as the default, never DATABASE_URL', () => {
    const defaults = benchSettings({ DATABASE_URL: 'postgres://elsewhere/x', DATABASE_CLIENT: 'sqlite' });
    expect(defaults).toMatchObject({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres', repeats: 3, duration: 20, rates: [20, 40, 80, 160] });
    expect(benchSettings({ BENCH_RATES: '5, 10', BENCH_REPEATS: '1' })).toMatchObject({ rates: [5, 10], repeats: 1 });
    expect(() => benchSettings({ BENCH_RATES: 'fem' })).toThrow(/BENCH_RATES/);
    expect(() => benchSettings({ BENCH_REPEATS: '0' })).toThrow(/BENCH_REPEATS/);
  });
});
