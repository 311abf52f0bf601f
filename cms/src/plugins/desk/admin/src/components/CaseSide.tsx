import { Box, Button, Field, Flex, Link, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import type { CaseEventDto, CaseResponse } from '../../../shared/contracts';
import { formatDateTime, useT, word, type TextKey } from '../t';

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

const EVENT_WORDS: Record<'received' | 'approval' | 'publication' | 'unpublication' | 'deletion', TextKey> = {
  received: 'event.received',
  approval: 'event.approval',
  publication: 'event.publication',
  unpublication: 'event.unpublication',
  deletion: 'event.deletion',
};

function describe(e: CaseEventDto, data: CaseResponse, t: ReturnType<typeof useT>): string {
  const who = (id: string | null) => data.editors.find((ed) => String(ed.id) === id)?.name ?? '–';
  switch (e.kind) {
    case 'stage':
      return e.to === 'rejected' && e.reason
        ? t('event.stage.rejected', { reason: word('reason', e.reason) })
        : t('event.stage', { from: word('stage', e.from ?? ''), to: word('stage', e.to ?? '') });
    case 'assignment':
      if (e.to && e.to === String(e.actorId)) return t('event.assignment.take');
      if (!e.to) return t('event.assignment.release');
      return t('event.assignment.move', { from: who(e.from), to: who(e.to) });
    case 'comment':
      return `${t('event.comment')}: ”${e.comment ?? ''}”`;
    default:
      return t(EVENT_WORDS[e.kind]);
  }
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
              {`${formatDateTime(e.at)} · ${e.actor ?? (e.actorKind === 'citizen' ? t('event.citizen') : t('event.system'))}`}
            </Typography>
            <Typography>{describe(e, data, t)}</Typography>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
