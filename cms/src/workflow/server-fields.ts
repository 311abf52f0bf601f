import { errors } from '@strapi/utils';
import { messages } from '../messages';
import { ANSWER, QUESTION } from './documents';

/**
 * Fields that only the workflow writes. The admin shows them read-only (setup/admin-views.ts reads
 * this list), and every write that would change one is refused here, whatever the route: the edit
 * view's read-only flag is display only, the admin API takes whatever it is sent.
 */
export const SERVER_FIELDS: Record<string, readonly string[]> = {
  [QUESTION]: ['submittedText', 'piiFindings', 'receiptHash', 'idempotencyKey', 'receivedAt', 'dueAt', 'rejectedAt', 'authors', 'reviewedVersion'],
  [ANSWER]: ['writtenBy', 'writtenAt', 'approvedBy', 'approvedAt'],
};

function emptyRelationWrite(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { connect, disconnect, set, ...rest } = value as Record<string, unknown>;
  const empty = (list: unknown) => list === undefined || (Array.isArray(list) && list.length === 0);
  return Object.keys(rest).length === 0 && empty(connect) && empty(disconnect) && set === undefined;
}

function sameValue(sent: unknown, stored: unknown): boolean {
  if ((sent === null || sent === undefined || sent === '') && (stored === null || stored === undefined || stored === '')) return true;
  if (emptyRelationWrite(sent)) return true;
  if (stored instanceof Date || (typeof stored === 'string' && typeof sent === 'string' && !Number.isNaN(Date.parse(sent)) && /^\d{4}-\d\d-\d\dT/.test(sent))) {
    return new Date(sent as string).getTime() === new Date(stored as string).getTime();
  }
  if (typeof sent === 'object' || typeof stored === 'object') {
    const storedId = (stored as { id?: unknown } | null)?.id;
    const sentId = (sent as { id?: unknown } | null)?.id ?? sent;
    if (storedId !== undefined && (typeof sentId === 'number' || typeof sentId === 'string')) return String(storedId) === String(sentId);
    return JSON.stringify(sent) === JSON.stringify(stored);
  }
  return sent === stored;
}

/**
 * Drops server fields that a form sends back unchanged, and refuses a write that would change one.
 * `current` is the stored draft (null when the document is being created).
 */
export function guardServerFields(uid: string, data: Record<string, unknown>, current: Record<string, unknown> | null): void {
  for (const field of SERVER_FIELDS[uid] ?? []) {
    if (!(field in data)) continue;
    if (sameValue(data[field], current?.[field])) {
      delete data[field];
      continue;
    }
    throw new errors.ValidationError(messages.serverField(uid, field));
  }
}
