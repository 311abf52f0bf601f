import { Box, Flex, Typography } from '@strapi/design-system';
import { diffWords } from 'diff';
import type { CaseDraft, CaseResponse } from '../../../shared/contracts';
import { formatDate, useT, type TextKey } from '../t';

interface Base {
  label: TextKey;
  at: string;
  title: string;
  body: string;
  answer: string;
}

/** The version to compare with: the latest approved or published one, else the one sent back. */
export function diffBase(data: CaseResponse): Base | null {
  const { approved, returned } = data.versions;
  const published = data.live ? { at: data.live.publishedAt, title: data.live.title, body: data.live.body, answer: data.live.answer } : undefined;
  const candidates: Base[] = [
    ...(approved ? [{ label: 'review.changes.approved' as const, ...approved }] : []),
    ...(published ? [{ label: 'review.changes.published' as const, ...published }] : []),
  ];
  const latest = candidates.sort((a, b) => b.at.localeCompare(a.at))[0];
  if (latest) return latest;
  return returned ? { label: 'review.changes.returned', ...returned } : null;
}

function Diff({ before, after }: { before: string; after: string }) {
  return (
    <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i} style={{ background: '#c6f0c2', textDecoration: 'none' }}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i} style={{ background: '#f5c0b8' }}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </Typography>
  );
}

/** What changed since the last approved or published version, word by word. */
export function Changes({ data, current }: { data: CaseResponse; current: CaseDraft }) {
  const t = useT();
  const base = diffBase(data);
  const parts: Array<[TextKey, string, string]> = base
    ? [
        ['review.part.title', base.title, current.title],
        ['review.part.body', base.body, current.body],
        ['review.part.answer', base.answer, current.answer],
      ]
    : [];
  const changed = parts.filter(([, before, after]) => before !== after);
  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow" data-testid="changes">
      <Typography variant="delta" tag="h2">{t('review.changes')}</Typography>
      <Box paddingTop={2}>
        {!base && <Typography textColor="neutral600">{t('review.changes.none')}</Typography>}
        {base && <Typography variant="pi" textColor="neutral600">{t(base.label, { date: formatDate(base.at) })}</Typography>}
        {base && changed.length === 0 && <Typography display="block">{t('review.changes.same')}</Typography>}
        <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
          {changed.map(([label, before, after]) => (
            <Box key={label}>
              <Typography variant="sigma">{t(label)}</Typography>
              <Diff before={before} after={after} />
            </Box>
          ))}
        </Flex>
      </Box>
    </Box>
  );
}
