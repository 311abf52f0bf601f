import { csvLines, UTF8_BOM } from '@frageladan/config/domain/csv';
import { REJECTION_REASONS } from '@frageladan/config/domain/stages';
import type { DeskStatistics, Figures } from '@frageladan/config/domain/statistics';
import { messages, reasonName } from '../messages';

/**
 * The desk's statistics as a spreadsheet opens them: one table, a row for the whole period, one
 * per week and one per topic, with Swedish headers and Swedish decimal commas. Starts with a byte
 * order mark so that Excel reads å, ä and ö.
 */

const words = messages.statistics.csv;

const number = (value: number | null): string => (value === null ? '' : String(value).replace('.', ','));
const percent = (value: number | null): string => (value === null ? '' : number(Math.round(value * 1000) / 10));

function cells(f: Figures): string[] {
  return [
    String(f.received),
    String(f.answered),
    String(f.rejectedTotal),
    ...REJECTION_REASONS.map((reason) => String(f.rejected[reason] ?? 0)),
    String(f.open),
    number(f.medianHours),
    number(f.p90Hours),
    percent(f.withinPromise),
  ];
}

export function statisticsCsv(statistics: DeskStatistics): string {
  const header = [
    words.section,
    words.label,
    words.received,
    words.answered,
    words.rejectedTotal,
    ...REJECTION_REASONS.map((reason) => words.rejectedFor(reasonName(reason))),
    words.open,
    words.medianHours,
    words.p90Hours,
    words.withinPromise,
  ];
  const { from, to } = statistics.period;
  return (
    UTF8_BOM +
    csvLines([
      header,
      [words.total, words.periodLabel(from, to), ...cells(statistics.totals)],
      ...statistics.weeks.map((week) => [words.week, week.week, ...cells(week)]),
      ...statistics.topics.map((topic) => [words.topic, topic.name, ...cells(topic)]),
    ])
  );
}

export function csvFileName(statistics: DeskStatistics): string {
  return `statistik-${statistics.period.from}--${statistics.period.to}.csv`;
}
