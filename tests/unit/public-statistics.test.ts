import type { PublicStatistics } from '../../config/domain/statistics';
import { describe, expect, it } from 'vitest';
import {
  countText,
  hasFigures,
  hoursText,
  monthBars,
  monthRow,
  monthText,
  publicStatisticsSchema,
  shareText,
  statisticsCsv,
  statisticsJsonSchema,
} from '../../site/src/lib/statistics';

/** The site's public statistics, from the CMS's figures to words, CSV and bars: a hidden figure stays hidden. */

const stats: PublicStatistics = {
  generatedAt: '2026-11-30T12:00:00.000Z',
  promiseWorkingDays: 2,
  months: [
    { month: '2026-09', answered: null, medianHours: null, withinPromise: null },
    { month: '2026-10', answered: 12, medianHours: 9.25, withinPromise: 0.8333 },
    { month: '2026-11', answered: 0, medianHours: null, withinPromise: null },
  ],
  topTopics: [
    { topic: 'ekonomi', name: '=Ekonomi, skulder', answered: 7 },
    { topic: 'familj', name: 'Familj', answered: null },
  ],
};

describe('public statistics in words', () => {
  it('writes a suppressed count, median or share as "färre än 5", never a number', () => {
    expect(countText(null)).toBe('färre än 5');
    expect(hoursText(null)).toBe('färre än 5');
    expect(shareText(null)).toBe('färre än 5');
  });

  it('writes figures the Swedish way', () => {
    expect(countText(0)).toBe('0');
    expect(countText(1234)).toBe('1\u00a0234');
    expect(hoursText(9.25)).toBe('9,3 arbets\u00ADtimmar');
    expect(shareText(0.8333)).toBe('83\u00a0%');
    expect(monthText('2026-10')).toBe('oktober 2026');
  });

  it('a month without answers has a dash for its time and share, a suppressed one "färre än 5"', () => {
    expect(monthRow(stats.months[2])).toEqual({ month: 'nov. 2026', answered: '0', median: '–', within: '–' });
    expect(monthRow(stats.months[0])).toEqual({ month: 'sep. 2026', answered: 'färre än 5', median: 'färre än 5', within: 'färre än 5' });
  });

  it('has figures only when some month has answers (a suppressed month counts: it has some)', () => {
    expect(hasFigures(stats)).toBe(true);
    expect(hasFigures({ ...stats, months: [] })).toBe(false);
    expect(hasFigures({ ...stats, months: [{ month: '2026-11', answered: 0, medianHours: null, withinPromise: null }] })).toBe(false);
  });
});

describe('the chart', () => {
  it('sizes bars against the busiest month and draws none for a suppressed one', () => {
    expect(monthBars(stats)).toEqual([
      { label: 'september 2026', value: 'färre än 5', width: 0, suppressed: true },
      { label: 'oktober 2026', value: '12', width: 100, suppressed: false },
      { label: 'november 2026', value: '0', width: 0, suppressed: false },
    ]);
  });
});

describe('the open data', () => {
  it('CSV: one line per month and per topic, suppressed cells empty and flagged, formulas neutralised', () => {
    const lines = statisticsCsv(stats).split('\r\n');
    expect(lines[0]).toBe('kind,month,topic,topic_name,answered,answered_suppressed,median_working_hours,within_promise');
    expect(lines[1]).toBe('"month","2026-09","","","","true","",""');
    expect(lines[2]).toBe('"month","2026-10","","","12","false","9.25","0.8333"');
    expect(lines[4]).toBe('"topic","","ekonomi","\'=Ekonomi, skulder","7","false","",""');
    expect(lines[5]).toBe('"topic","","familj","Familj","","true","",""');
    expect(lines.at(-1)).toBe('');
  });

  it('the zod schema takes the published shape and refuses a count where the CMS must hide it as null', () => {
    expect(publicStatisticsSchema.safeParse(stats).success).toBe(true);
    expect(publicStatisticsSchema.safeParse({ ...stats, months: [{ month: '2026-10', answered: -1, medianHours: null, withinPromise: null }] }).success).toBe(false);
    expect(publicStatisticsSchema.safeParse({ ...stats, months: [{ month: 'oktober', answered: 3, medianHours: null, withinPromise: null }] }).success).toBe(false);
  });

  it('the JSON Schema names every field, allows null for the hidden figures, and carries its own address', () => {
    const schema = statisticsJsonSchema('https://example.se/oppna-data/statistik.schema.json') as {
      $id: string;
      required: string[];
      properties: { months: { items: { properties: Record<string, { anyOf?: Array<{ type: string }> }> } } };
    };
    expect(schema.$id).toBe('https://example.se/oppna-data/statistik.schema.json');
    expect(schema.required).toEqual(['generatedAt', 'promiseWorkingDays', 'months', 'topTopics']);
    expect(schema.properties.months.items.properties.answered.anyOf?.map((t) => t.type)).toEqual(['integer', 'null']);
  });
});
