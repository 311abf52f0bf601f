import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { QUESTION_TEXT, QUESTION_TITLE } from '@frageladan/config/domain/limits';
import { visibleLength } from '@frageladan/config/domain/text';
import type { CaseDraft, CaseResponse } from '../../../shared/contracts';
import { openFindings } from '../lib/marks';
import { useT, word } from '../t';
import { Notice } from './Notice';

const REMOVED = '[…]';

/** The public title and question, editable, with a live warning while a flagged detail is in them. */
export function PublicText({ data, draft, onChange, readOnly }: { data: CaseResponse; draft: CaseDraft; onChange: (next: CaseDraft) => void; readOnly: boolean }) {
  const t = useT();
  const findings = [
    ...openFindings(draft.title, data.publicNumbers, draft.piiClearances).map((f) => ({ ...f, field: 'title' as const })),
    ...openFindings(draft.body, data.publicNumbers, draft.piiClearances).map((f) => ({ ...f, field: 'body' as const })),
  ];
  const unique = findings.filter((f, i) => findings.findIndex((g) => g.text === f.text) === i);
  const remove = (text: string) =>
    onChange({ ...draft, title: draft.title.split(text).join(REMOVED), body: draft.body.split(text).join(REMOVED) });
  const clear = (text: string) => onChange({ ...draft, piiClearances: [...draft.piiClearances, text] });

  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow">
      <Typography variant="delta" tag="h2">{t('case.public')}</Typography>
      <Flex direction="column" alignItems="stretch" gap={4} paddingTop={3}>
        <Field.Root name="title" hint={`${t('case.public.title.hint', { max: QUESTION_TITLE.max })} (${visibleLength(draft.title)}/${QUESTION_TITLE.max})`}>
          <Field.Label>{t('case.public.title')}</Field.Label>
          <TextInput value={draft.title} disabled={readOnly} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...draft, title: e.target.value })} />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="body" hint={`${t('case.public.body.hint')} (${visibleLength(draft.body)}/${QUESTION_TEXT.max})`}>
          <Field.Label>{t('case.public.body')}</Field.Label>
          <Textarea value={draft.body} disabled={readOnly} rows={7} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange({ ...draft, body: e.target.value })} />
          <Field.Hint />
        </Field.Root>
        {unique.length > 0 && (
          <div role="status" data-testid="pii-warning">
            <Notice variant="warning" title={t('case.warning.title', { list: unique.map((f) => word('pii', f.kind)).join(', ') })}>
              <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
                {unique.map((f) => (
                  <Flex key={f.text} gap={2} wrap="wrap">
                    <Button size="S" variant="danger-light" disabled={readOnly} onClick={() => remove(f.text)}>
                      {t('case.warning.remove', { text: f.text })}
                    </Button>
                    <Button size="S" variant="tertiary" disabled={readOnly} onClick={() => clear(f.text)} title={t('case.warning.clear.help')}>
                      {t('case.warning.clear')}
                    </Button>
                  </Flex>
                ))}
              </Flex>
            </Notice>
          </div>
        )}
        {draft.piiClearances.length > 0 && (
          <Typography variant="pi" textColor="neutral600">{t('case.cleared', { list: draft.piiClearances.join(', ') })}</Typography>
        )}
        <Field.Root name="topic">
          <Field.Label>{t('case.topic')}</Field.Label>
          <SingleSelect
            value={draft.topicId ?? ''}
            disabled={readOnly}
            placeholder={t('case.topic.none')}
            onChange={(value: string | number) => onChange({ ...draft, topicId: value ? String(value) : null })}
          >
            {data.topics.map((topic) => (
              <SingleSelectOption key={topic.id} value={topic.id}>{topic.name}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Flex>
    </Box>
  );
}
