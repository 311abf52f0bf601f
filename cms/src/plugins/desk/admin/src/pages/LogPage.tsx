import { Box, Button, Field, Flex, Link, Loader, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { LogResponse } from '../../../shared/contracts';
import { DeskError, useDeskApi, type LogFilters } from '../api/client';
import { DeskHeader } from '../components/DeskHeader';
import { describeEvent, eventActor } from '../lib/eventWords';
import { formatDateTime, useT } from '../t';
import { Notice } from '../components/Notice';

/** The filters as the address has them, in Swedish, so that a filtered log can be linked to (the case page's "Visa i loggen"). */
const PARAMS = { editor: 'redaktor', case: 'arende', from: 'fran', to: 'till' } as const;

const NO_FILTERS: LogFilters = { editor: '', case: '', from: '', to: '' };

function filtersOf(params: URLSearchParams): LogFilters {
  return {
    editor: params.get(PARAMS.editor) ?? '',
    case: params.get(PARAMS.case) ?? '',
    from: params.get(PARAMS.from) ?? '',
    to: params.get(PARAMS.to) ?? '',
  };
}

function toParams(filters: LogFilters, page = 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(PARAMS) as Array<keyof LogFilters>) if (filters[key]) out[PARAMS[key]] = filters[key];
  if (page > 1) out.sida = String(page);
  return out;
}

/** Logg: who did what in which case and when, newest first; read only, for everyone at the desk. */
export function LogPage() {
  const t = useT();
  const api = useDeskApi();
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const page = Math.max(1, Number(params.get('sida')) || 1);
  const [form, setForm] = useState<LogFilters>(applied);
  const [data, setData] = useState<LogResponse | null>(null);
  // Kept apart from the entries: a refused filter shows no entries but must still offer every editor.
  const [editors, setEditors] = useState<LogResponse['editors']>([]);
  const [error, setError] = useState<string | null>(null);
  const key = params.toString();

  useEffect(() => {
    let live = true;
    setError(null);
    setForm(filtersOf(params));
    api.log(filtersOf(params), page).then(
      (result) => live && (setData(result), setEditors(result.editors)),
      (e: DeskError) => {
        if (!live) return;
        setError(e.message);
        setData(null);
        // A link with a bad case number refuses the first load: the editor list then comes unfiltered.
        api.log(NO_FILTERS, 1).then((all) => live && setEditors(all.editors), () => undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [api, key]);

  const field = (name: keyof LogFilters) => ({
    value: form[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [name]: e.target.value }),
  });

  return (
    <Page.Main>
      <Page.Title>{t('log.title')}</Page.Title>
      <DeskHeader title={t('log.title')} subtitle={t('log.subtitle')} />
      <Layouts.Content>
        <form
          onSubmit={(e) => (e.preventDefault(), setParams(toParams(form)))}
          aria-label={t('log.filters')}
        >
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            <Field.Root name="editor">
              <Field.Label>{t('log.filter.editor')}</Field.Label>
              <SingleSelect
                value={form.editor}
                placeholder={t('log.filter.editor.all')}
                onChange={(value: string | number) => setForm({ ...form, editor: String(value ?? '') })}
                onClear={() => setForm({ ...form, editor: '' })}
              >
                {editors.map((editor) => (
                  <SingleSelectOption key={editor.id} value={String(editor.id)}>{editor.name}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="case" hint={t('log.filter.case.hint')}>
              <Field.Label>{t('log.filter.case')}</Field.Label>
              <TextInput {...field('case')} />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="from">
              <Field.Label>{t('log.filter.from')}</Field.Label>
              <TextInput type="date" {...field('from')} />
            </Field.Root>
            <Field.Root name="to">
              <Field.Label>{t('log.filter.to')}</Field.Label>
              <TextInput type="date" {...field('to')} />
            </Field.Root>
            <Button type="submit">{t('log.filter.apply')}</Button>
            <Button variant="tertiary" onClick={() => setParams({})}>{t('log.filter.clear')}</Button>
          </Flex>
        </form>
        <Box paddingTop={4}>
          {error && <Notice variant="danger" onClose={() => setError(null)} data-testid="log-error">{error}</Notice>}
          {!data && !error && <Loader>{t('loading')}</Loader>}
          {data && <Typography textColor="neutral600">{t('log.total', { total: data.total })}</Typography>}
          {data && data.items.length === 0 && (
            <Box padding={8} background="neutral0" hasRadius>
              <Typography>{t('log.empty')}</Typography>
            </Box>
          )}
          {data && data.items.length > 0 && (
            <Table colCount={4} rowCount={data.items.length + 1} data-testid="log">
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('log.col.at')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('log.col.case')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('log.col.who')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('log.col.what')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.items.map((entry) => (
                  <Tr key={entry.id}>
                    <Td><Typography>{formatDateTime(entry.at)}</Typography></Td>
                    <Td style={{ maxWidth: 320, whiteSpace: 'normal' }}>
                      {entry.caseTitle !== null || entry.kind !== 'deletion' ? (
                        <Link tag={RouterLink} to={`/plugins/desk/arende/${entry.caseId}`}>{entry.caseTitle || t('log.case.untitled', { id: entry.caseId })}</Link>
                      ) : (
                        <Typography>{t('log.case.deleted', { id: entry.caseId })}</Typography>
                      )}
                    </Td>
                    <Td><Typography>{eventActor(entry, t)}</Typography></Td>
                    <Td style={{ whiteSpace: 'normal' }}><Typography>{describeEvent(entry, data.editors, t)}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          {data && data.pageCount > 1 && (
            <Flex gap={2} paddingTop={4} justifyContent="flex-end" alignItems="center">
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setParams(toParams(applied, page - 1))}>{t('inbox.previous')}</Button>
              <Typography>{t('inbox.page', { page, pageCount: data.pageCount })}</Typography>
              <Button variant="tertiary" disabled={page >= data.pageCount} onClick={() => setParams(toParams(applied, page + 1))}>{t('inbox.next')}</Button>
            </Flex>
          )}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}
