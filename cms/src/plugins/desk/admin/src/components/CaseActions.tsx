import { Box, Button, Dialog, Field, Flex, LinkButton, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { REJECTION_REASONS, type RejectionReason } from '@frageladan/config/domain/stages';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { ActionRequest, CaseDraft, CaseResponse } from '../../../shared/contracts';
import { useT, word, type TextKey } from '../t';
import { Notice } from './Notice';

type Run = (request: ActionRequest) => Promise<boolean>;

const DONE: Record<string, TextKey> = {
  save: 'action.done.save',
  take: 'action.done.take',
  release: 'action.done.release',
  submit: 'action.done.submit',
  reject: 'action.done.reject',
  approve: 'action.done.approve',
  approvePublish: 'action.done.approvePublish',
  publish: 'action.done.publish',
  sendBack: 'action.done.sendBack',
  unpublish: 'action.done.unpublish',
  comment: 'action.done.comment',
};

/** Avvisa: a reason in words and an optional internal note, in one step. */
function RejectDialog({ run, busy }: { run: Run; busy: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [note, setNote] = useState('');
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="danger-light">{t('action.reject')}</Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('action.reject.title')}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Field.Root name="reason" required>
              <Field.Label>{t('action.reject.reason')}</Field.Label>
              <SingleSelect value={reason} placeholder={t('action.reject.reason.pick')} onChange={(v: string | number) => setReason(REJECTION_REASONS.find((r) => r === v) ?? '')}>
                {REJECTION_REASONS.map((r) => (
                  <SingleSelectOption key={r} value={r}>{word('reason', r)}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="note">
              <Field.Label>{t('action.reject.note')}</Field.Label>
              <Textarea value={note} rows={3} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('action.cancel')}</Button>
          </Dialog.Cancel>
          <Button
            variant="danger"
            loading={busy}
            disabled={!reason}
            onClick={async () => reason && (await run({ action: 'reject', reason, note })) && setOpen(false)}
          >
            {t('action.reject.confirm')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}

/**
 * The case's actions, as buttons that follow the stage machine, and the server's answer beside
 * them: a refusal in the server's own Swedish words, the form untouched.
 */
export function CaseActions({ data, draft, run, busy, refusal, done, dirty }: {
  data: CaseResponse;
  draft: CaseDraft;
  run: Run;
  busy: boolean;
  refusal: { message: string } | null;
  done: string | null;
  dirty: boolean;
}) {
  const t = useT();
  const { stage, assignee } = data.question;
  const mine = assignee?.id === data.me.id;
  const live = Boolean(data.live);
  const save = () => {
    if (live && !window.confirm(t('case.published.confirm'))) return;
    void run({ action: 'save', draft });
  };
  const buttons: React.ReactNode[] = [];
  if (stage === 'rejected') return null;
  if (!mine && (stage === 'new' || stage === 'in_progress')) {
    buttons.push(<Button key="take" onClick={() => run({ action: 'take' })} loading={busy}>{t('action.take')}</Button>);
  }
  if (stage !== 'new' || mine) {
    buttons.push(<Button key="save" variant={stage === 'in_progress' ? 'secondary' : 'default'} onClick={save} loading={busy}>{t('action.save')}</Button>);
  }
  if (stage === 'in_progress' || (stage === 'new' && mine)) {
    buttons.push(<Button key="submit" onClick={() => run({ action: 'submit', draft })} loading={busy}>{t('action.submit')}</Button>);
  }
  if ((stage === 'in_review' || stage === 'approved') && data.me.approvalBlocker === null) {
    buttons.push(
      <LinkButton key="review" tag={RouterLink} to={`/plugins/desk/granska/${data.question.id}`} variant="default">
        {t('action.review')}
      </LinkButton>,
    );
  }
  if (mine && stage !== 'published') {
    buttons.push(<Button key="release" variant="tertiary" onClick={() => run({ action: 'release' })} loading={busy}>{t('action.release')}</Button>);
  }
  if (live) {
    buttons.push(
      <Button key="unpublish" variant="danger-light" loading={busy} onClick={() => window.confirm(t('action.unpublish.confirm')) && run({ action: 'unpublish' })}>
        {t('action.unpublish')}
      </Button>,
    );
  }
  if (stage === 'new' || stage === 'in_progress' || stage === 'in_review') buttons.push(<RejectDialog key="reject" run={run} busy={busy} />);

  return (
    <Box paddingBottom={4}>
      <Flex gap={2} wrap="wrap" alignItems="center" data-testid="case-actions">
        {buttons}
        {dirty && <Typography variant="pi" textColor="warning600">{t('case.unsaved')}</Typography>}
      </Flex>
      <Box paddingTop={2} aria-live="polite">
        {refusal && (
          <Notice variant="danger" title={t('error.refused', { message: '' }).replace(/:\s*$/, '')} data-testid="refusal">
            {refusal.message}
          </Notice>
        )}
        {!refusal && done && (
          <Notice variant="success" data-testid="done">
            {t(DONE[done] ?? 'action.done.save')}
          </Notice>
        )}
      </Box>
    </Box>
  );
}
