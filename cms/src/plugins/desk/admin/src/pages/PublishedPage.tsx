import { Alert, Box, Button, Flex, Link, Loader, Searchbar, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { PublishedResponse } from '../../../shared/contracts';
import { DeskError, useDeskApi } from '../api/client';
import { DeskHeader } from '../components/DeskHeader';
import { StageBadge } from '../components/Marks';
import { formatDate, useT } from '../t';

/** Publicerade: search the published questions and open one to edit or unpublish it. */
export function PublishedPage() {
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
    <Page.Main>
      <Page.Title>{t('published.title')}</Page.Title>
      <DeskHeader title={t('published.title')} subtitle={t('published.subtitle')} />
      <Layouts.Content>
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
          {error && <Alert variant="danger" closeLabel="" title="">{error}</Alert>}
          {!data && !error && <Loader>{t('loading')}</Loader>}
          {data && data.items.length === 0 && <Typography>{t('published.empty')}</Typography>}
          {data && data.items.length > 0 && (
            <Table colCount={4} rowCount={data.items.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('inbox.col.question')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.topic')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('published.col.publishedAt')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.stage')}</Typography></Th>
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
      </Layouts.Content>
    </Page.Main>
  );
}
