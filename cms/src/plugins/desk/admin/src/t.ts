import { useIntl } from 'react-intl';
import sv from './translations/sv.json';

export type TextKey = keyof typeof sv;

/** The desk's words (translations/sv.json), with Swedish as the fallback for any admin language. */
export function useT() {
  const { formatMessage } = useIntl();
  return (key: TextKey, values?: Record<string, string | number>) =>
    formatMessage({ id: `desk.${key}`, defaultMessage: sv[key] }, values);
}

/** A stage, reason, kind of finding or event as words: never the code. */
export function word(prefix: 'stage' | 'reason' | 'pii' | 'tab', value: string): string {
  return (sv as Record<string, string>)[`${prefix}.${value}`] ?? '–';
}

const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'short' });
const dateTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export const formatDate = (iso: string | null) => (iso ? date.format(new Date(iso)) : '–');
export const formatDateTime = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : '–');
