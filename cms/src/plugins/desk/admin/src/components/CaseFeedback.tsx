import { Box, Flex, Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import type { CaseFeedbackResponse } from '../../../shared/contracts';
import { DeskError, useDeskApi } from '../api/client';
import { formatDate, useT, word } from '../t';
import { Notice } from './Notice';

/**
 * "Hjälpte svaret dig?" on a case: how many readers said Ja and Nej, and what those who said Nej
 * missed, with what the identifying-details scanner found in it. Only the desk ever shows the texts.
 */
export function CaseFeedback({ id }: { id: string }) {
  const t = useT();
  const api = useDeskApi();
  const [data, setData] = useState<CaseFeedbackResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.caseFeedback(id).then(
      (result) => live && setData(result),
      (e: DeskError) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, id]);

  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow" data-testid="case-feedback">
      <Typography variant="delta" tag="h2">{t('feedback.title')}</Typography>
      <Typography variant="pi" textColor="neutral600" display="block">{t('feedback.help')}</Typography>
      <Box paddingTop={3}>
        {error && <Notice variant="danger" onClose={() => setError(null)}>{error}</Notice>}
        {data && (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography fontWeight="bold" data-testid="feedback-counts">{t('feedback.counts', { helped: data.helped, notHelped: data.notHelped })}</Typography>
            <Typography variant="sigma" tag="h3">{t('feedback.texts')}</Typography>
            {data.texts.length === 0 && <Typography textColor="neutral600">{t('feedback.texts.none')}</Typography>}
            {data.texts.map((text, index) => (
              <Box key={`${text.day}-${index}`} padding={3} background="neutral100" hasRadius data-testid="feedback-text">
                <Typography variant="pi" textColor="neutral600" display="block">{formatDate(text.day)}</Typography>
                <Typography style={{ whiteSpace: 'pre-wrap' }}>{text.text}</Typography>
                {text.piiFindings.length > 0 && (
                  <Typography variant="pi" textColor="danger600" display="block">
                    {t('feedback.texts.identifying', { list: text.piiFindings.map((f) => `${word('pii', f.kind)} ”${f.text}”`).join(', ') })}
                  </Typography>
                )}
              </Box>
            ))}
          </Flex>
        )}
      </Box>
    </Box>
  );
}
