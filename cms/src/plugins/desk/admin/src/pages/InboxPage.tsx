import { Box, Flex, Loader, Table, Tabs, Tbody, Td, Th, Thead, Tr, Typography, Button } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { TABS, type InboxResponse, type Tab } from '../../../shared/contracts';
import { DeskError, useDeskApi } from '../api/client';
import { DeskHeader } from '../components/DeskHeader';
import { CaseMarks, DueBadge, StageBadge } from '../components/Marks';
import { MyNotifications } from '../components/MyNotifications';
import { formatDate, useT, word } from '../t';
import { Notice } from '../components/Notice';

const isTab = (value: string | null): value is Tab => (TABS as readonly string[]).includes(value ?? '');

/** Inkorg: the open cases per tab, oldest due first, one click to a case. The tab lives in the address. */
export function InboxPage() {
  const t = useT();
  const api = useDeskApi();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'new';
  const page = Math.max(1, Number(params.get('sida')) || 1);
  const [data, setData] = useState<InboxResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    api.inbox(tab, page).then(
      (result) => live && setData(result),
      (e: DeskError) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, tab, page]);

  const open = (id: string) => navigate(`/plugins/desk/${tab === 'review' || tab === 'ready' ? 'granska' : 'arende'}/${id}`);

  return (
    <Page.Main>
      <Page.Title>{t('inbox.title')}</Page.Title>
      <DeskHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <Layouts.Content>
        <Tabs.Root value={tab} onValueChange={(value) => setParams({ tab: value })}>
          <Tabs.List aria-label={t('inbox.title')}>
            {TABS.map((name) => (
              <Tabs.Trigger key={name} value={name}>
                {`${word('tab', name)}${data ? ` (${data.counts[name]})` : ''}`}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs.Root>
        <Box paddingTop={4}>
          {error && <Notice variant="danger">{error}</Notice>}
          {!data && !error && <Loader>{t('loading')}</Loader>}
          {data && data.tab === tab && data.items.length === 0 && (
            <Box padding={8} background="neutral0" hasRadius>
              <Typography>{t('inbox.empty')}</Typography>
            </Box>
          )}
          {data && data.items.length > 0 && (
            <Table colCount={7} rowCount={data.items.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('inbox.col.question')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.due')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.received')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.stage')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.topic')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.assignee')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('inbox.col.marks')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.items.map((item) => (
                  <Tr key={item.id} onClick={() => open(item.id)} style={{ cursor: 'pointer' }} data-case={item.id}>
                    <Td style={{ maxWidth: 420, whiteSpace: 'normal' }}>
                      <a href={`#${item.id}`} onClick={(e) => (e.preventDefault(), open(item.id))} style={{ textDecoration: 'none', color: 'inherit' }}>
                        <Typography fontWeight="bold" display="block">{item.title ?? t('inbox.untitled')}</Typography>
                        <Typography textColor="neutral600" display="block">{item.firstLine}</Typography>
                      </a>
                    </Td>
                    <Td><DueBadge due={item.due} dueAt={item.dueAt} /></Td>
                    <Td><Typography>{formatDate(item.receivedAt)}</Typography></Td>
                    <Td><StageBadge stage={item.stage} /></Td>
                    <Td><Typography>{item.topic ?? '–'}</Typography></Td>
                    <Td><Typography>{item.assignee?.name ?? t('inbox.nobody')}</Typography></Td>
                    <Td><CaseMarks urgent={item.urgent} identifying={item.identifying} /></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          {data && data.pageCount > 1 && (
            <Flex gap={2} paddingTop={4} justifyContent="flex-end" alignItems="center">
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setParams({ tab, sida: String(page - 1) })}>{t('inbox.previous')}</Button>
              <Typography>{t('inbox.page', { page, pageCount: data.pageCount })}</Typography>
              <Button variant="tertiary" disabled={page >= data.pageCount} onClick={() => setParams({ tab, sida: String(page + 1) })}>{t('inbox.next')}</Button>
            </Flex>
          )}
        </Box>
        <Box paddingTop={8}>
          <MyNotifications />
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}
