import { Box, Button, Field, Flex, Link, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { NavLink } from 'react-router-dom';
import type { CaseResponse } from '../../../shared/contracts';
import { describeEvent, eventActor } from '../lib/eventWords';
import { formatDateTime, useT } from '../t';

function Panel({ title, children, help }: { title: string; help?: string; children: React.ReactNode }) {
  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow">
      <Typography variant="delta" tag="h2">{title}</Typography>
      {help && <Typography variant="pi" textColor="neutral600" display="block">{help}</Typography>}
      <Box paddingTop={3}>{children}</Box>
    </Box>
  );
}

/** Internal comments: the record's comment entries, and a field to add one. Never public. */
export function Comments({ data, onAdd, busy }: { data: CaseResponse; onAdd: (text: string) => Promise<boolean>; busy: boolean }) {
  const t = useT();
  const [text, setText] = useState('');
  const comments = data.history.filter((e) => e.kind === 'comment');
  return (
    <Panel title={t('case.comments')} help={t('case.comments.help')}>
      <Flex direction="column" alignItems="stretch" gap={3} data-testid="comments">
        {comments.length === 0 && <Typography textColor="neutral600">{t('case.comments.none')}</Typography>}
        {comments.map((c) => (
          <Box key={c.id} padding={3} background="primary100" hasRadius>
            <Typography variant="pi" fontWeight="bold" display="block">{`${c.actor ?? t('event.system')}, ${formatDateTime(c.at)}`}</Typography>
            <Typography style={{ whiteSpace: 'pre-wrap' }}>{c.comment}</Typography>
          </Box>
        ))}
        <Field.Root name="comment">
          <Field.Label>{t('case.comments.new')}</Field.Label>
          <Textarea value={text} rows={3} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)} />
        </Field.Root>
        <Button variant="secondary" loading={busy} disabled={!text.trim()} onClick={async () => (await onAdd(text)) && setText('')}>
          {t('case.comments.add')}
        </Button>
      </Flex>
    </Panel>
  );
}

/** Published questions close to this one, to reuse wording and to link to. */
export function Similar({ data, onLink }: { data: CaseResponse; onLink: (title: string, url: string) => void }) {
  const t = useT();
  return (
    <Panel title={t('case.similar')}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        {data.similar.length === 0 && <Typography textColor="neutral600">{t('case.similar.none')}</Typography>}
        {data.similar.map((s) => (
          <Box key={s.id}>
            <Link href={s.url} isExternal>{s.title}</Link>
            <Flex gap={2}>
              {s.topic && <Typography variant="pi" textColor="neutral600">{s.topic}</Typography>}
              <Button size="S" variant="ghost" onClick={() => onLink(s.title, s.url)}>{t('case.similar.link')}</Button>
            </Flex>
          </Box>
        ))}
      </Flex>
    </Panel>
  );
}

/** The case's history from the server's record: who moved it where, and when. */
export function History({ data }: { data: CaseResponse }) {
  const t = useT();
  return (
    <Panel title={t('case.history')}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="history">
        {[...data.history].reverse().map((e) => (
          <li key={e.id} style={{ paddingBottom: 8 }}>
            <Typography variant="pi" textColor="neutral600" display="block">
              {`${formatDateTime(e.at)} · ${eventActor(e, t)}`}
            </Typography>
            <Typography>{describeEvent(e, data.editors, t)}</Typography>
          </li>
        ))}
      </ol>
      <Link tag={NavLink} to={`/plugins/desk/logg?arende=${encodeURIComponent(data.question.id)}`}>{t('case.history.log')}</Link>
    </Panel>
  );
}
