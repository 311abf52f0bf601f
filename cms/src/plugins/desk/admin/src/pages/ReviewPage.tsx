import { Box, Button, Dialog, Field, Flex, Grid, Link, LinkButton, Textarea, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { renderMarkdown } from '@frageladan/config/domain/markdown';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { NavLink, Link as RouterLink, useParams } from 'react-router-dom';
import { PreviewBox } from '../components/AnswerEditor';
import { Changes } from '../components/Changes';
import { Comments } from '../components/CaseSide';
import { DeskHeader } from '../components/DeskHeader';
import { StageBadge } from '../components/Marks';
import { draftFrom, useCase } from '../lib/useCase';
import { useT } from '../t';
import { Notice } from '../components/Notice';

/** Skicka tillbaka: the comment is required; the writer reads it in the case. */
function SendBack({ onSend, busy }: { onSend: (comment: string) => Promise<boolean>; busy: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="secondary">{t('action.sendBack')}</Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('action.sendBack.title')}</Dialog.Header>
        <Dialog.Body>
          <Field.Root name="sendBack" required width="100%">
            <Field.Label>{t('action.sendBack.comment')}</Field.Label>
            <Textarea value={comment} rows={4} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)} />
          </Field.Root>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('action.cancel')}</Button>
          </Dialog.Cancel>
          <Button loading={busy} disabled={!comment.trim()} onClick={async () => (await onSend(comment)) && setOpen(false)}>
            {t('action.sendBack.confirm')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}

/** Granska: the case read-only, as the site will show it, the changes, and the reviewer's decisions. */
export function ReviewPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loadError, refusal, done, busy, run } = useCase(id);
  if (loadError) return <Page.Error content={loadError} />;
  if (!data) return <Page.Loading />;
  const current = draftFrom(data);
  const { stage } = data.question;
  const blocked = data.me.approvalBlocker !== null;
  const finished = stage === 'published' && done !== null;
  const back = (
    <Link tag={NavLink} to="/plugins/desk?tab=review" startIcon={<ArrowLeft />}>
      {t('case.back')}
    </Link>
  );
  return (
    <Page.Main>
      <Page.Title>{`${t('review.title')}: ${current.title}`}</Page.Title>
      <DeskHeader title={t('review.title')} subtitle={t('review.subtitle')} back={back} />
      <Layouts.Content>
        <Flex gap={2} paddingBottom={4} wrap="wrap" alignItems="center" data-testid="review-actions">
          <StageBadge stage={stage} />
          {!blocked && stage === 'in_review' && (
            <>
              <Button loading={busy} onClick={() => run({ action: 'approvePublish' })}>{t('action.approvePublish')}</Button>
              <Button variant="secondary" loading={busy} onClick={() => run({ action: 'approve' })}>{t('action.approve')}</Button>
            </>
          )}
          {stage === 'approved' && <Button loading={busy} onClick={() => run({ action: 'publish' })}>{t('action.publish')}</Button>}
          {!blocked && (stage === 'in_review' || stage === 'approved') && <SendBack busy={busy} onSend={(comment) => run({ action: 'sendBack', comment })} />}
          <LinkButton tag={RouterLink} to={`/plugins/desk/arende/${data.question.id}`} variant="tertiary">{t('review.open')}</LinkButton>
          {data.answer?.writtenBy && <Typography textColor="neutral600">{t('review.writtenBy', { name: data.answer.writtenBy.name })}</Typography>}
          {finished && data.live && <Link href={data.live.url} isExternal>{t('case.live.open')}</Link>}
        </Flex>
        <Box paddingBottom={4} aria-live="polite">
          {blocked && <Notice variant="default">{t('review.notYours')}</Notice>}
          {refusal && <Notice variant="danger" data-testid="refusal">{refusal.message}</Notice>}
          {!refusal && done && <Notice variant="success" data-testid="done">{t(done === 'sendBack' ? 'action.done.sendBack' : done === 'approve' ? 'action.done.approve' : done === 'comment' ? 'action.done.comment' : 'action.done.publish')}</Notice>}
        </Box>
        <Grid.Root gap={4}>
          <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
            <Box padding={6} background="neutral0" hasRadius shadow="tableShadow" data-testid="review-preview">
              <Typography variant="alpha" tag="h2">{current.title}</Typography>
              <Box paddingTop={4}>
                <PreviewBox>
                  {current.body.split(/\n{2,}/).map((p, i) => (
                    <p key={i} style={{ whiteSpace: 'pre-wrap' }}>{p}</p>
                  ))}
                </PreviewBox>
              </Box>
              <Box paddingTop={4}>
                <Typography variant="delta" tag="h3">{t('review.part.answer')}</Typography>
                <Box paddingTop={2}>
                  <PreviewBox dangerouslySetInnerHTML={{ __html: renderMarkdown(current.answer) }} />
                </Box>
              </Box>
            </Box>
          </Grid.Item>
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch" gap={4}>
            <Changes data={data} current={current} />
            <Comments data={data} busy={busy} onAdd={(text) => run({ action: 'comment', comment: text })} />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
