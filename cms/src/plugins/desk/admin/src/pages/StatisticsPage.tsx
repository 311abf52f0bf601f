import { Box, Button, Field, Flex, Grid, Loader, TextInput, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import type { DeskStatistics } from '@frageladan/config/domain/statistics';
import { Page, Layouts } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DeskError, useDeskApi } from '../api/client';
import { DeskHeader } from '../components/DeskHeader';
import { StatisticsCharts } from '../components/StatisticsCharts';
import { formatCount, formatHours, formatShare, isEmptyPeriod, rejectedByReason } from '../lib/figures';
import { isDay, periodFromParams, presetPeriod, PRESETS, todayInStockholm, type Period } from '../lib/period';
import { useT, word } from '../t';
import { Notice } from '../components/Notice';

/**
 * Statistik: for a period kept in the URL (?fran=…&till=…, both days included), the totals in plain
 * words first, then the charts with their tables, and the same aggregates as a CSV file.
 */
export function StatisticsPage() {
  const t = useT();
  const api = useDeskApi();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => todayInStockholm(), []);
  const period = periodFromParams(params, today);
  const [typed, setTyped] = useState<Period>(period);
  const [data, setData] = useState<DeskStatistics | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  useEffect(() => setTyped(period), [period.from, period.through]);

  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    api.statistics(period).then(
      (result) => live && setData(result),
      (e: DeskError) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, period.from, period.through]);

  const show = (next: Period) => setParams({ fran: next.from, till: next.through });
  const badPeriod = !isDay(typed.from) || !isDay(typed.through) || typed.from > typed.through;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!badPeriod) show(typed);
  }

  async function download() {
    setDownloading(true);
    try {
      const blob = await api.statisticsCsv(period);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = t('statistics.csv.file', { from: period.from, through: period.through });
      document.body.append(link);
      link.click();
      link.remove();
      // After the click has handed the file to the browser's download.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError((e as DeskError).message);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Page.Main>
      <Page.Title>{t('statistics.title')}</Page.Title>
      <DeskHeader
        title={t('statistics.title')}
        subtitle={t('statistics.subtitle')}
        actions={
          <Button startIcon={<Download />} onClick={download} loading={downloading} disabled={!data}>
            {t('statistics.csv')}
          </Button>
        }
      />
      <Layouts.Content>
        <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={6} aria-label={t('statistics.period')}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="fran" error={badPeriod ? t('statistics.badPeriod') : undefined}>
              <Field.Label>{t('statistics.from')}</Field.Label>
              <TextInput type="date" value={typed.from} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped({ ...typed, from: e.target.value })} />
              <Field.Error />
            </Field.Root>
            <Field.Root name="till">
              <Field.Label>{t('statistics.through')}</Field.Label>
              <TextInput type="date" value={typed.through} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped({ ...typed, through: e.target.value })} />
            </Field.Root>
            <Button type="submit" disabled={badPeriod}>{t('statistics.show')}</Button>
          </Flex>
          <Flex gap={2} paddingTop={4} wrap="wrap">
            {PRESETS.map((preset) => (
              <Button key={preset} variant="secondary" onClick={() => show(presetPeriod(preset, today))}>
                {t(`statistics.preset.${preset}`)}
              </Button>
            ))}
          </Flex>
        </Box>
        <Box paddingTop={6}>
          {error && <Notice variant="danger" onClose={() => setError(null)}>{error}</Notice>}
          {!data && !error && <Loader>{t('loading')}</Loader>}
          {data && <Totals data={data} />}
          {data && !isEmptyPeriod(data.totals) && <StatisticsCharts data={data} />}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}

/** The period's figures in words, before any chart. */
function Totals({ data }: { data: DeskStatistics }) {
  const t = useT();
  const { totals } = data;
  const hours = (value: number | null) => (value === null ? formatHours(null) : t('statistics.hours', { hours: formatHours(value) }));
  const reasons = rejectedByReason(totals);
  const figure = (label: string, value: string, help?: string) => (
    <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="flex-start">
      <Typography tag="dt" variant="sigma" textColor="neutral600">{label}</Typography>
      <Typography tag="dd" variant="beta" style={{ margin: 0 }}>{value}</Typography>
      {help && <Typography tag="dd" variant="pi" textColor="neutral600" style={{ margin: 0 }}>{help}</Typography>}
    </Grid.Item>
  );
  return (
    <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="statistics-totals">
      <Typography tag="h2" variant="delta">{t('statistics.totals')}</Typography>
      {isEmptyPeriod(totals) ? (
        <Box paddingTop={4}><Typography>{t('statistics.empty')}</Typography></Box>
      ) : (
        <Box paddingTop={4}>
          <Grid.Root tag="dl" gap={4} style={{ margin: 0 }}>
            {figure(t('statistics.received'), formatCount(totals.received))}
            {figure(t('statistics.answered'), formatCount(totals.answered))}
            {figure(t('statistics.rejected'), formatCount(totals.rejectedTotal))}
            {figure(t('statistics.open'), formatCount(totals.open))}
            {figure(t('statistics.median'), hours(totals.medianHours))}
            {figure(t('statistics.p90'), hours(totals.p90Hours), t('statistics.p90.help'))}
            {figure(t('statistics.within'), formatShare(totals.withinPromise), t('statistics.within.help', { hours: formatHours(data.promiseHours) }))}
          </Grid.Root>
          <Box paddingTop={4}>
            <Typography tag="h3" variant="sigma" textColor="neutral600">{t('statistics.rejected')}</Typography>
            {reasons.length === 0 ? (
              <Typography tag="p">{t('statistics.rejected.none')}</Typography>
            ) : (
              <ul data-testid="rejected-reasons">
                {reasons.map(({ reason, count }) => (
                  <li key={reason}><Typography>{word('reason', reason)}: {formatCount(count)}</Typography></li>
                ))}
              </ul>
            )}
          </Box>
        </Box>
      )}
    </Box>
  );
}
