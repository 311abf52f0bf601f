import { Box, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { ANSWER_BODY } from '@frageladan/config/domain/limits';
import { renderMarkdown } from '@frageladan/config/domain/markdown';
import { followsTemplates } from '@frageladan/config/domain/style-template';
import { visibleLength } from '@frageladan/config/domain/text';
import { useRef } from 'react';
import { styled } from 'styled-components';
import type { CaseDraft, CaseResponse } from '../../../shared/contracts';
import { useT } from '../t';

/** Inserts text at the caret of a textarea (or at the end), and puts the caret after it. */
export function insertAt(area: HTMLTextAreaElement | null, value: string, text: string): { value: string; caret: number } {
  const at = area && document.activeElement === area ? area.selectionStart : value.length;
  const before = value.slice(0, at);
  const glue = before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
  const next = `${before}${glue}${text}${value.slice(at)}`;
  return { value: next, caret: before.length + glue.length + text.length };
}

/** Sanitised HTML from the site's own renderer, set in type close to the site's. */
export const PreviewBox = styled.div`
  font-size: 1.5rem;
  line-height: 1.55;
  color: ${({ theme }) => theme.colors.neutral800};
  p, ul, ol, blockquote, pre { margin: 0 0 1.2rem; }
  ul, ol { padding-left: 2.4rem; }
  ul { list-style: disc; }
  ol { list-style: decimal; }
  h3, h4 { font-weight: 600; margin: 1.6rem 0 0.8rem; }
  a { color: ${({ theme }) => theme.colors.primary600}; text-decoration: underline; }
  strong { font-weight: 600; }
  em { font-style: italic; }
`;

/**
 * The answer: Markdown with the site's own rendering beside it, the style template's opening and
 * closing one pick away, a referral one pick away, and a live check of the shared voice.
 */
export function AnswerEditor({ data, draft, onChange, readOnly }: { data: CaseResponse; draft: CaseDraft; onChange: (next: CaseDraft) => void; readOnly: boolean }) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const place = (value: string, caret: number) => {
    // After the picker has closed and handed focus back to itself: then into the answer.
    window.setTimeout(() => {
      area.current?.focus();
      area.current?.setSelectionRange(caret, caret);
    }, 50);
    return value;
  };

  const pickTemplate = (id: string) => {
    const template = data.templates.find((tpl) => tpl.id === id);
    if (!template) return;
    const middle = draft.answer.trim();
    const opens = data.templates.some((tpl) => middle.startsWith(tpl.opening.trim()));
    const closes = data.templates.some((tpl) => middle.endsWith(tpl.closing.trim()));
    const head = opens ? '' : `${template.opening}\n\n`;
    const tail = closes ? '' : `\n\n${template.closing}`;
    // The caret goes where the editor writes: between the opening and the closing.
    onChange({ ...draft, answer: place(`${head}${middle}${tail}`, head.length + middle.length), templateId: id });
  };

  const pickReferral = (id: string) => {
    const r = data.referrals.find((ref) => ref.id === id);
    if (!r) return;
    const parts = [`**${r.name}**`, r.phone ? `ring ${r.phone}` : '', r.openingHours ? `(${r.openingHours})` : '', r.url && /^https?:/.test(r.url) ? `[${r.url.replace(/^https?:\/\//, '')}](${r.url})` : ''];
    const { value, caret } = insertAt(area.current, draft.answer, parts.filter(Boolean).join(' '));
    onChange({ ...draft, answer: place(value, caret) });
  };

  const inVoice = followsTemplates(draft.answer, data.templates);
  const html = draft.answer.trim() ? renderMarkdown(draft.answer) : '';

  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow">
      <Typography variant="delta" tag="h2">{t('case.answer')}</Typography>
      <Flex gap={4} paddingTop={3} paddingBottom={3} alignItems="flex-end" wrap="wrap">
        <Box minWidth="260px">
          <Field.Root name="template">
            <Field.Label>{t('case.template')}</Field.Label>
            <SingleSelect value={draft.templateId ?? ''} placeholder={t('case.template.pick')} disabled={readOnly} onChange={(v: string | number) => pickTemplate(String(v))}>
              {data.templates.map((tpl) => (
                <SingleSelectOption key={tpl.id} value={tpl.id}>{tpl.name}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Box minWidth="260px">
          <Field.Root name="referral">
            <Field.Label>{t('case.referral')}</Field.Label>
            <SingleSelect value="" placeholder={t('case.referral.pick')} disabled={readOnly} onChange={(v: string | number) => pickReferral(String(v))}>
              {data.referrals.map((r) => (
                <SingleSelectOption key={r.id} value={r.id}>{r.name}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
      </Flex>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="answer" hint={`${t('case.answer.hint')} (${visibleLength(draft.answer)}/${ANSWER_BODY.max})`}>
            <Field.Label>{t('case.answer')}</Field.Label>
            <Textarea ref={area} value={draft.answer} rows={16} disabled={readOnly} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange({ ...draft, answer: e.target.value })} />
            <Field.Hint />
          </Field.Root>
          <Box paddingTop={2} role="status" data-testid="template-check">
            <Typography variant="pi" textColor={inVoice ? 'success600' : 'danger600'}>
              {inVoice ? `✓ ${t('case.template.ok')}` : `! ${t('case.template.missing')}`}
            </Typography>
          </Box>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Typography variant="sigma" textColor="neutral600">{t('case.answer.preview')}</Typography>
          <Box padding={4} marginTop={2} background="neutral100" hasRadius data-testid="answer-preview">
            {html ? <PreviewBox dangerouslySetInnerHTML={{ __html: html }} /> : <Typography textColor="neutral600">{t('case.answer.preview.empty')}</Typography>}
          </Box>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
}
