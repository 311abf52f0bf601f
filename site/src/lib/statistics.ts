import type { PublicMonth, PublicStatistics, SuppressedCount } from '@frageladan/config/domain/statistics';
import { z } from 'zod';
import { texts } from '../texts.ts';
import { csvCell } from '@frageladan/config/domain/csv';

/**
 * The service's public statistics as the site reads, shows and republishes them: the schema that
 * checks the CMS's answer at the boundary (and, as JSON Schema, describes the open data), and the
 * pure steps from figures to words, CSV and chart bars. A null count was suppressed by the CMS
 * because fewer than five people lie behind it; the site never guesses it back.
 */

const count = z.number().int().min(0).nullable().describe('Antal; null när färre än 5 ligger bakom (döljs så att ingen kan pekas ut).');
const hours = z.number().min(0).nullable().describe('Arbetstimmar från att frågan kom in till att svaret publicerades; null när färre än 5 svar ligger bakom.');
const share = z.number().min(0).max(1).nullable().describe('Andel (0–1) av svaren som publicerades inom det utlovade antalet arbetsdagar; null när färre än 5 svar ligger bakom.');

export const publicStatisticsSchema = z
  .object({
    generatedAt: z.string().describe('När siffrorna räknades fram (ISO 8601).'),
    promiseWorkingDays: z.number().int().min(1).describe('Så många arbetsdagar tjänsten lovar att svara inom.'),
    months: z
      .array(
        z.object({
          month: z.string().regex(/^\d{4}-\d{2}$/).describe('Månaden, ÅÅÅÅ-MM.'),
          answered: count,
          medianHours: hours,
          withinPromise: share,
        }),
      )
      .describe('Besvarade frågor per månad, äldsta först.'),
    topTopics: z
      .array(
        z.object({
          topic: z.string().describe('Ämnets kortnamn (slug).'),
          name: z.string().describe('Ämnets namn.'),
          answered: count,
        }),
      )
      .describe('De ämnen som flest besvarade frågor handlar om.'),
  })
  .describe('Frågelådans statistik: bara sammanräknade siffror, aldrig något om enskilda frågor.') satisfies z.ZodType<PublicStatistics>;

/** The open data's schema description, from the same schema that checks the CMS's answer. */
export function statisticsJsonSchema(id: string): Record<string, unknown> {
  return { $id: id, title: 'Statistik', ...z.toJSONSchema(publicStatisticsSchema) };
}

export const FEWER_THAN = texts.statistics.fewer;

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const monthName = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
// In the table's first column, where four columns share a phone's width.
const monthShortName = new Intl.DateTimeFormat('sv-SE', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A published count in words: "färre än 5" where the CMS suppressed it. */
export function countText(value: SuppressedCount): string {
  return value === null ? FEWER_THAN : integer.format(value);
}

/** Working hours, or "färre än 5" where too few answers lie behind a median. */
export function hoursText(value: number | null): string {
  return value === null ? FEWER_THAN : texts.statistics.hours(oneDecimal.format(value));
}

export function shareText(value: number | null): string {
  return value === null ? FEWER_THAN : percent.format(value);
}

/**
 * A month's row in words. A month without answers has no time to measure: a dash, not "färre än 5",
 * which would suggest that some answers were hidden.
 */
export function monthRow(month: PublicMonth): { month: string; answered: string; median: string; within: string } {
  const none = month.answered === 0;
  return {
    month: monthShortName.format(new Date(`${month.month}-01T00:00:00Z`)),
    answered: countText(month.answered),
    median: none ? texts.statistics.nothing : hoursText(month.medianHours),
    within: none ? texts.statistics.nothing : shareText(month.withinPromise),
  };
}

/** "2026-03" as "mars 2026". */
export function monthText(month: string): string {
  return monthName.format(new Date(`${month}-01T00:00:00Z`));
}

/** Whether there is anything to show: the CMS has months with answers in them. */
export function hasFigures(stats: PublicStatistics): boolean {
  return stats.months.some((m) => m.answered !== 0);
}

/**
 * One line per month, then one per topic, with a column saying which: the same figures as the JSON,
 * suppressed cells left empty (a spreadsheet would read "färre än 5" as text in a number column).
 */
export function statisticsCsv(stats: PublicStatistics): string {
  const header = ['kind', 'month', 'topic', 'topic_name', 'answered', 'answered_suppressed', 'median_working_hours', 'within_promise'];
  const cell = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  const rows = [
    ...stats.months.map((m) => ['month', m.month, '', '', cell(m.answered), String(m.answered === null), cell(m.medianHours), cell(m.withinPromise)]),
    ...stats.topTopics.map((t) => ['topic', '', t.topic, t.name, cell(t.answered), String(t.answered === null), '', '']),
  ];
  return [header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

export interface ChartBar {
  label: string;
  value: string;
  /** share of the widest bar, 0–100; 0 for a suppressed month, which shows its words instead */
  width: number;
  suppressed: boolean;
}

/** The answered-per-month chart as bars sized against the busiest month. */
export function monthBars(stats: PublicStatistics): ChartBar[] {
  const max = Math.max(1, ...stats.months.map((m) => m.answered ?? 0));
  return stats.months.map((m) => ({
    label: monthText(m.month),
    value: countText(m.answered),
    width: m.answered === null ? 0 : Math.round((m.answered / max) * 1000) / 10,
    suppressed: m.answered === null,
  }));
}
