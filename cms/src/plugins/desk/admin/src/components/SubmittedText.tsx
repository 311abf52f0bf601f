import { Box, Typography } from '@strapi/design-system';
import type { CaseResponse } from '../../../shared/contracts';
import { segments } from '../lib/marks';
import { useT } from '../t';

/** The text as the citizen sent it, each flagged detail and urgent word highlighted. Never published. */
export function SubmittedText({ data }: { data: CaseResponse }) {
  const t = useT();
  const text = data.question.submittedText;
  return (
    <Box padding={4} background="neutral100" hasRadius>
      <Typography variant="delta" tag="h2">{t('case.submitted')}</Typography>
      {text ? (
        <>
          <Typography variant="pi" textColor="neutral600" display="block">{t('case.submitted.help')}</Typography>
          <Box paddingTop={2}>
            <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }} data-testid="submitted-text">
              {segments(text, data.publicNumbers, data.urgentWords).map((s, i) =>
                s.mark ? (
                  <mark key={i} className={`desk-${s.mark}`} style={{ background: s.mark === 'urgent' ? '#fcd3d3' : '#fdf0b3', padding: '0 2px' }}>
                    {s.text}
                  </mark>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </Typography>
          </Box>
        </>
      ) : (
        <Typography textColor="neutral600">{t('case.submitted.gone')}</Typography>
      )}
    </Box>
  );
}
