import { Box, Typography } from '@strapi/design-system';
import type { DeskStatistics } from '@frageladan/config/domain/statistics';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import styled from 'styled-components';
import { formatCount, formatHours, formatShare } from '../lib/figures';
import { isoWeek } from '../lib/period';
import { useT } from '../t';

/**
 * The Statistik page's three charts, each followed by a table of the same figures. No series is told
 * apart by colour alone: bars carry a fill pattern (solid, hatched, dotted) named in the legend, lines
 * a dash and a marker, and the promise line its own label. Legends keep the series' order (the
 * stack's, bottom up), not recharts' alphabetical default.
 */

const INK = '#32324d';
const PATTERNS = {
  answered: { id: 'desk-fill-answered', colour: '#4945ff' },
  rejected: { id: 'desk-fill-rejected', colour: '#b72b1a' },
  open: { id: 'desk-fill-open', colour: '#666687' },
} as const;

/** Solid for answered, diagonal hatching for rejected, dots for open: readable in greyscale too. */
function Patterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={PATTERNS.answered.id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={PATTERNS.answered.colour} />
        </pattern>
        <pattern id={PATTERNS.rejected.id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#fff" />
          <rect width="4" height="8" fill={PATTERNS.rejected.colour} />
        </pattern>
        <pattern id={PATTERNS.open.id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#fff" />
          <circle cx="4" cy="4" r="2.2" fill={PATTERNS.open.colour} />
        </pattern>
      </defs>
    </svg>
  );
}

const fill = (key: keyof typeof PATTERNS) => `url(#${PATTERNS[key].id})`;

const FigureTable = styled.table`
  border-collapse: collapse;
  width: 100%;
  margin-top: ${({ theme }) => theme.spaces[4]};
  font-size: ${({ theme }) => theme.fontSizes[2]};
  color: ${({ theme }) => theme.colors.neutral800};
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: ${({ theme }) => theme.spaces[2]};
  }
  th,
  td {
    text-align: right;
    padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
    font-variant-numeric: tabular-nums;
  }
  th:first-child {
    text-align: left;
  }
  thead th {
    font-weight: 600;
  }
`;

/**
 * A chart, then its figures as a real table with a caption. The chart is one image to assistive
 * technology (its keyboard layer is off, so nothing inside it takes focus); the table is its text.
 */
function ChartWithTable({ title, summary, chart, caption, head, rows, testId }: {
  title: string;
  summary: string;
  chart: ReactNode;
  caption: string;
  head: string[];
  rows: Array<{ key: string; cells: string[] }>;
  testId: string;
}) {
  return (
    <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={6} marginTop={6} data-testid={testId}>
      <Typography tag="h2" variant="delta">{title}</Typography>
      <Box tag="figure" margin={0} paddingTop={4}>
        <div role="img" aria-label={summary}>{chart}</div>
      </Box>
      <FigureTable>
        <caption>{caption}</caption>
        <thead>
          <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </FigureTable>
    </Box>
  );
}

export function StatisticsCharts({ data }: { data: DeskStatistics }) {
  const t = useT();
  const week = (monday: string) => t('statistics.week', { week: isoWeek(monday) });
  const weeks = data.weeks.map((w) => ({ ...w, label: week(w.week) }));
  const hours = (value: number | null) => (value === null ? formatHours(null) : t('statistics.hours', { hours: formatHours(value) }));
  const topics = data.topics.map((topic) => ({ ...topic, label: topic.name }));
  const axis = { stroke: INK, tick: { fill: INK, fontSize: 12 } };

  return (
    <>
      <Patterns />
      <ChartWithTable
        testId="chart-volume"
        title={t('statistics.volume')}
        summary={t('statistics.chart.volume')}
        chart={
          <ResponsiveContainer width="100%" height={320}>
            <BarChart accessibilityLayer={false} data={weeks} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" {...axis} />
              <YAxis allowDecimals={false} {...axis} />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar dataKey="answered" name={t('statistics.answered')} stackId="outcome" fill={fill('answered')} stroke={INK} isAnimationActive={false} />
              <Bar dataKey="rejectedTotal" name={t('statistics.rejected')} stackId="outcome" fill={fill('rejected')} stroke={INK} isAnimationActive={false} />
              <Bar dataKey="open" name={t('statistics.open.week')} stackId="outcome" fill={fill('open')} stroke={INK} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
        caption={t('statistics.volume.caption')}
        head={[t('statistics.col.week'), t('statistics.received'), t('statistics.answered'), t('statistics.rejected'), t('statistics.open.week')]}
        rows={data.weeks.map((w) => ({
          key: w.week,
          cells: [t('statistics.week.long', { week: isoWeek(w.week), date: w.week }), formatCount(w.received), formatCount(w.answered), formatCount(w.rejectedTotal), formatCount(w.open)],
        }))}
      />
      <ChartWithTable
        testId="chart-time"
        title={t('statistics.time')}
        summary={t('statistics.chart.time')}
        chart={
          <ResponsiveContainer width="100%" height={320}>
            <LineChart accessibilityLayer={false} data={weeks} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" {...axis} />
              <YAxis {...axis} />
              <Tooltip />
              <Legend itemSorter={null} />
              <ReferenceLine
                y={data.promiseHours}
                stroke="#b72b1a"
                strokeDasharray="8 4"
                strokeWidth={2}
                label={{ value: t('statistics.promise', { hours: formatHours(data.promiseHours) }), position: 'insideTopRight', fill: INK, fontSize: 12 }}
                ifOverflow="extendDomain"
              />
              <Line dataKey="medianHours" name={t('statistics.median.short')} stroke="#4945ff" strokeWidth={2} dot={{ r: 4 }} legendType="circle" connectNulls={false} isAnimationActive={false} />
              <Line dataKey="p90Hours" name={t('statistics.p90.short')} stroke={INK} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 4, strokeDasharray: '' }} legendType="plainline" connectNulls={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        }
        caption={t('statistics.time.caption')}
        head={[t('statistics.col.week'), t('statistics.median.short'), t('statistics.p90.short'), t('statistics.within.short')]}
        rows={data.weeks.map((w) => ({
          key: w.week,
          cells: [t('statistics.week.long', { week: isoWeek(w.week), date: w.week }), hours(w.medianHours), hours(w.p90Hours), formatShare(w.withinPromise)],
        }))}
      />
      <ChartWithTable
        testId="chart-topics"
        title={t('statistics.topics')}
        summary={t('statistics.chart.topics')}
        chart={
          <ResponsiveContainer width="100%" height={Math.max(160, topics.length * 56 + 60)}>
            <BarChart accessibilityLayer={false} data={topics} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} {...axis} />
              <YAxis type="category" dataKey="label" width={180} {...axis} />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar dataKey="received" name={t('statistics.received')} fill={fill('open')} stroke={INK} isAnimationActive={false}>
                <LabelList dataKey="received" position="right" fill={INK} />
              </Bar>
              <Bar dataKey="answered" name={t('statistics.answered')} fill={fill('answered')} stroke={INK} isAnimationActive={false}>
                <LabelList dataKey="answered" position="right" fill={INK} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        }
        caption={t('statistics.topics.caption')}
        head={[t('statistics.col.topic'), t('statistics.received'), t('statistics.answered'), t('statistics.rejected'), t('statistics.median.short'), t('statistics.within.short')]}
        rows={data.topics.map((topic) => ({
          key: topic.topic ?? '-',
          cells: [topic.name, formatCount(topic.received), formatCount(topic.answered), formatCount(topic.rejectedTotal), hours(topic.medianHours), formatShare(topic.withinPromise)],
        }))}
      />
    </>
  );
}
