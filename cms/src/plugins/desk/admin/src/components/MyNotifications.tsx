import { Box, Button, Field, Flex, Radio, Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import type { NotificationsResponse } from '../../../shared/contracts';
import { DeskError, useDeskApi } from '../api/client';
import { useT } from '../t';
import { Notice } from './Notice';

type Mode = NotificationsResponse['mode'];
const MODES: Mode[] = ['immediate', 'digest', 'off'];

/** Mina aviseringar: each editor chooses for themself how mail tells them of new questions and cases to review. */
export function MyNotifications() {
  const t = useT();
  const api = useDeskApi();
  const [saved, setSaved] = useState<NotificationsResponse | null>(null);
  const [mode, setMode] = useState<Mode | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.myNotifications().then(
      (result) => live && (setSaved(result), setMode(result.mode)),
      (e: DeskError) => live && setMessage({ kind: 'danger', text: e.message }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  async function save() {
    if (!mode) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await api.setMyNotifications(mode);
      setSaved(result);
      setMessage({ kind: 'success', text: t('notifications.saved') });
    } catch (error) {
      setMessage({ kind: 'danger', text: (error as DeskError).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow" data-testid="my-notifications">
      <Typography variant="delta" tag="h2">{t('notifications.title')}</Typography>
      <Typography variant="pi" textColor="neutral600" display="block">{t('notifications.help')}</Typography>
      {saved && !saved.mail && (
        <Typography variant="pi" textColor="warning600" display="block">{t('notifications.noMail')}</Typography>
      )}
      {mode && (
        <Flex gap={4} paddingTop={3} alignItems="flex-end" wrap="wrap">
          <Field.Root name="notifications">
            <Field.Label>{t('notifications.choose')}</Field.Label>
            <Radio.Group value={mode} onValueChange={(value: string) => setMode(value as Mode)} aria-label={t('notifications.choose')}>
              {MODES.map((value) => (
                <Radio.Item key={value} value={value}>{t(`notifications.mode.${value}`)}</Radio.Item>
              ))}
            </Radio.Group>
          </Field.Root>
          <Button variant="secondary" loading={busy} disabled={mode === saved?.mode} onClick={save}>{t('notifications.save')}</Button>
        </Flex>
      )}
      {message && (
        <Box paddingTop={3}>
          <Notice variant={message.kind} onClose={() => setMessage(null)}>{message.text}</Notice>
        </Box>
      )}
    </Box>
  );
}
