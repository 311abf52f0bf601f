import serviceConfig from '../service-config';
import { addWorkingDays } from './working-days';

/**
 * Every question, however it is created (the site's create-only token, the admin, a clone), starts
 * as a draft in stage `new`, received now and due the promised number of working days later.
 * Whatever the caller sent about status, stage, publishing or rejection is dropped.
 */
export function applyIntake(
  params: { data?: Record<string, unknown>; status?: string },
  now = new Date(),
  action: 'create' | 'clone' = 'create',
): void {
  delete params.status;
  const data = { ...(params.data ?? {}) };
  for (const key of ['publishedAt', 'rejectionReason', 'rejectedAt', 'answer', 'stage', 'receivedAt', 'dueAt', 'authors', 'piiClearances', 'assignee', 'reviewedVersion']) {
    delete data[key];
  }
  if (action === 'clone') {
    // A copy is a new case: not the citizen's submission (its key is unique, its receipt is theirs).
    Object.assign(data, { idempotencyKey: null, receiptHash: null, authors: null, piiClearances: null, rejectedAt: null, rejectionReason: null });
  }
  data.stage = 'new';
  data.receivedAt = now.toISOString();
  data.dueAt = addWorkingDays(now, serviceConfig.answerPromise.workingDays).toISOString();
  if (!data.body && typeof data.submittedText === 'string') data.body = data.submittedText;
  params.data = data;
}
