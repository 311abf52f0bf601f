import { Box, Flex, Grid, Link, Loader, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect } from 'react';
import { NavLink, useParams } from 'react-router-dom';
import { AnswerEditor, insertAt } from '../components/AnswerEditor';
import { CaseActions } from '../components/CaseActions';
import { CaseFeedback } from '../components/CaseFeedback';
import { Comments, History, Similar } from '../components/CaseSide';
import { DeskHeader } from '../components/DeskHeader';
import { DueBadge, StageBadge } from '../components/Marks';
import { OPEN_STAGES } from '@frageladan/config/domain/stages';
import { PublicText } from '../components/PublicText';
import { SubmittedText } from '../components/SubmittedText';
import { useCase } from '../lib/useCase';
import { formatDate, useT, word } from '../t';
import { Notice } from '../components/Notice';

/** Ärende: one case on one screen, with one save. */
export function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, draft, setDraft, loadError, refusal, done, busy, run, dirty } = useCase(id);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (loadError) return <Page.Error content={loadError} />;
  if (!data || !draft) return <Page.Loading />;
  const { question } = data;
  const readOnly = question.stage === 'rejected';
  const back = (
    <Link tag={NavLink} to="/plugins/desk" startIcon={<ArrowLeft />}>
      {t('case.back')}
    </Link>
  );
  const lastSendBack = [...data.history].reverse().find((e) => e.kind === 'comment');
  const sentBack = question.stage === 'in_progress' && data.versions.returned && lastSendBack;

  return (
    <Page.Main>
      <Page.Title>{question.title || t('case.title')}</Page.Title>
      <DeskHeader title={draft.title || t('inbox.untitled')} back={back} />
      <Layouts.Content>
        <Flex gap={3} paddingBottom={3} wrap="wrap" alignItems="center">
          <StageBadge stage={question.stage} />
          {/* A case that is published or rejected has met its due date one way or the other. */}
          {(OPEN_STAGES as readonly string[]).includes(question.stage) && <DueBadge due={question.due} dueAt={question.dueAt} long />}
          <Typography textColor="neutral600">{t('case.received', { date: formatDate(question.receivedAt) })}</Typography>
          {/* Logg's case filter asks for this number; the page showed it nowhere but in the address bar. */}
          <Typography textColor="neutral600" data-testid="case-number">{t('case.number', { id: question.id })}</Typography>
          <Typography textColor="neutral600">
            {question.assignee ? (question.assignee.id === data.me.id ? t('case.assignee.me') : t('case.assignee', { name: question.assignee.name })) : t('case.assignee.none')}
          </Typography>
          {data.live && (
            <Link href={data.live.url} isExternal>{`${t('case.live', { date: formatDate(data.live.publishedAt) })} – ${t('case.live.open')}`}</Link>
          )}
        </Flex>
        <CaseActions data={data} draft={draft} run={run} busy={busy} refusal={refusal} done={done} dirty={dirty} />
        {readOnly && question.rejectionReason && (
          <Box paddingBottom={4}>
            <Notice variant="default">{t('case.readonly.rejected', { reason: word('reason', question.rejectionReason) })}</Notice>
          </Box>
        )}
        {data.live && !readOnly && (
          <Box paddingBottom={4}>
            <Notice variant="default">{t('case.published.note')}</Notice>
          </Box>
        )}
        {sentBack && (
          <Box paddingBottom={4} data-testid="sent-back">
            <Notice variant="warning">
              {t('case.sentBack', { name: lastSendBack.actor ?? '–', comment: lastSendBack.comment ?? '' })}
            </Notice>
          </Box>
        )}
        <Grid.Root gap={4}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={4}>
            <Grid.Root gap={4}>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <SubmittedText data={data} />
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <PublicText data={data} draft={draft} onChange={setDraft} readOnly={readOnly} />
              </Grid.Item>
            </Grid.Root>
            <AnswerEditor data={data} draft={draft} onChange={setDraft} readOnly={readOnly} />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={4}>
            {data.live && <CaseFeedback id={question.id} />}
            <Comments data={data} busy={busy} onAdd={(text) => run({ action: 'comment', comment: text })} />
            <Similar data={data} onLink={(title, url) => setDraft({ ...draft, answer: insertAt(null, draft.answer, `[${title}](${url})`).value })} />
            <History data={data} />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
