import { Badge, Flex, Typography } from '@strapi/design-system';
import type { DueState } from '@frageladan/config/domain/due';
import { formatDate, useT, word } from '../t';

export function StageBadge({ stage }: { stage: string }) {
  const tone: Record<string, string> = { new: 'secondary', in_progress: 'primary', in_review: 'warning', approved: 'success', published: 'success', rejected: 'danger' };
  return (
    <Badge backgroundColor={`${tone[stage] ?? 'neutral'}100`} textColor={`${tone[stage] ?? 'neutral'}700`}>
      {word('stage', stage)}
    </Badge>
  );
}

export function DueBadge({ due, dueAt, long = false }: { due: DueState; dueAt: string | null; long?: boolean }) {
  const t = useT();
  if (due === 'overdue') return <Badge backgroundColor="danger100" textColor="danger700">{t('due.overdue')}</Badge>;
  if (due === 'today') return <Badge backgroundColor="warning100" textColor="warning700">{t('due.today')}</Badge>;
  return <Typography>{long ? t('due.later', { date: formatDate(dueAt) }) : formatDate(dueAt)}</Typography>;
}

export function CaseMarks({ urgent, identifying }: { urgent: boolean; identifying: boolean }) {
  const t = useT();
  return (
    <Flex gap={1} wrap="wrap">
      {urgent && <Badge backgroundColor="danger100" textColor="danger700">{t('inbox.urgent')}</Badge>}
      {identifying && <Badge backgroundColor="warning100" textColor="warning700">{t('inbox.identifying')}</Badge>}
    </Flex>
  );
}
