import { Box, Button, Flex, Link, Loader, Searchbar, Table, Tabs, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { LeastHelpfulResponse, PublishedResponse } from '../../../shared/contracts';
import { DeskError, useDeskApi } from '../api/client';
import { DeskHeader } from '../components/DeskHeader';
import { StageBadge } from '../components/Marks';
import { formatDate, useT } from '../t';
import { Notice } from '../components/Notice';

/** The view the address names: the published list, or the answers with the most Nej lately. */
const LEAST_HELPFUL = 'flest-nej';

/** Publicerade: search the published questions and open one to edit or unpublish it; see which answers do not help. */
export function PublishedPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const view = params.get('visa') === LEAST_HELPFUL ? LEAST_HELPFUL : 'senaste';
  return (
    <Page.Main>
      <Page.Title>{t('published.title')}</Page.Title>
      <DeskHeader title={t('published.title')} subtitle={t('published.subtitle')} />
      <Layouts.Content>
        <Tabs.Root value={view} onValueChange={(value) => setParams(value === LEAST_HELPFUL ? { visa: LEAST_HELPFUL } : {})}>
          <Tabs.List aria-label={t('published.title')}>
            <Tabs.Trigger value="senaste">{t('published.tab.latest')}</Tabs.Trigger>
            <Tabs.Trigger value={LEAST_HELPFUL}>{t('published.tab.leastHelpful')}</Tabs.Trigger>
          </Tabs.List>
        </Tabs.Root>
        <Box paddingTop={4}>{view === LEAST_HELPFUL ? <LeastHelpfulList /> : <PublishedList />}</Box>
      </Layouts.Content>
    </Page.Main>
  );
}

/** The answers with the most Nej in the last 90 days, most first, so that the ones that do not help get rewritten. */
function LeastHelpfulList() {
  const t = useT();
  const api = useDeskApi();
  const [data, setData] = useState<LeastHelpfulResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.leastHelpful().then(
      (result) => live && setData(result),
      (e: DeskError) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api]);

  if (error) return <Notice variant="danger">{error}</Notice>;
  if (!data) return <Loader>{t('loading')}</Loader>;
  if (data.items.length === 0) return <Typography>{t('published.leastHelpful.empty')}</Typography>;
  return (
    <>
      <Typography textColor="neutral600" tag="p">{t('published.leastHelpful.help', { date: formatDate(data.since) })}</Typography>
      <Box paddingTop={3}>
        <Table colCount={4} rowCount={data.items.length + 1} data-testid="least-helpful">
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">{t('inbox.col.question')}</Typography></Th>
              <Th><Typography variant="sigma">{t('published.col.notHelped')}</Typography></Th>
              <Th><Typography variant="sigma">{t('published.col.helped')}</Typography></Th>
              <Th><Typography variant="sigma">{t('published.col.texts')}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {data.items.map((item) => (
              <Tr key={item.id}>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Link tag={RouterLink} to={`/plugins/desk/arende/${item.id}`}>{item.title || t('inbox.untitled')}</Link>
                  {!item.published && <Typography variant="pi" textColor="neutral600">{` (${t('published.leastHelpful.unpublished')})`}</Typography>}
                </Td>
                <Td><Typography fontWeight="bold">{item.notHelped}</Typography></Td>
                <Td><Typography>{item.helped}</Typography></Td>
                <Td><Typography>{item.texts}</Typography></Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    </>
  );
}

function PublishedList() {
  const t = useT();
  const api = useDeskApi();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('sida')) || 1);
  const [typed, setTyped] = useState(q);
  const [data, setData] = useState<PublishedResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.published(q, page).then(
      (result) => live && setData(result),
      (e: DeskError) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, q, page]);

  return (
    <>
      <form onSubmit={(e) => (e.preventDefault(), setParams({ q: typed }))}>
        <Searchbar
          name="q"
          value={typed}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped(e.target.value)}
          onClear={() => (setTyped(''), setParams({}))}
          clearLabel={t('action.cancel')}
          placeholder={t('published.search')}
        >
          {t('published.search')}
        </Searchbar>
      </form>
      <Box paddingTop={4}>
        {error && <Notice variant="danger">{error}</Notice>}
        {!data && !error && <Loader>{t('loading')}</Loader>}
        {data && data.items.length === 0 && <Typography>{t('published.empty')}</Typography>}
        {data && data.items.length > 0 && (
          <Table colCount={6} rowCount={data.items.length + 1} data-testid="published">
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('inbox.col.question')}</Typography></Th>
                <Th><Typography variant="sigma">{t('inbox.col.topic')}</Typography></Th>
                <Th><Typography variant="sigma">{t('published.col.publishedAt')}</Typography></Th>
                <Th><Typography variant="sigma">{t('inbox.col.stage')}</Typography></Th>
                <Th><Typography variant="sigma">{t('published.col.helped')}</Typography></Th>
                <Th><Typography variant="sigma">{t('published.col.notHelped')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {data.items.map((item) => (
                <Tr key={item.id}>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Link tag={RouterLink} to={`/plugins/desk/arende/${item.id}`}>{item.title}</Link>
                  </Td>
                  <Td><Typography>{item.topic ?? '–'}</Typography></Td>
                  <Td><Typography>{formatDate(item.publishedAt)}</Typography></Td>
                  <Td><StageBadge stage={item.stage} /></Td>
                  <Td><Typography>{item.helped}</Typography></Td>
                  <Td><Typography>{item.notHelped}</Typography></Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {data && data.pageCount > 1 && (
          <Flex gap={2} paddingTop={4} justifyContent="flex-end" alignItems="center">
            <Button variant="tertiary" disabled={page <= 1} onClick={() => setParams({ q, sida: String(page - 1) })}>{t('inbox.previous')}</Button>
            <Typography>{t('inbox.page', { page, pageCount: data.pageCount })}</Typography>
            <Button variant="tertiary" disabled={page >= data.pageCount} onClick={() => setParams({ q, sida: String(page + 1) })}>{t('inbox.next')}</Button>
          </Flex>
        )}
      </Box>
    </>
  );
}
