import serviceConfig from '../service-config';
import { addWorkingDays } from './working-days';

/**
 * Every question, however it is created (the site's create-only token, the admin, a clone), starts
 * as a draft in stage `new`, received now and due the promised number of working days later.
 * Whatever the caller sent about status, stage, publishing or rejection is dropped.
 */
export function applyIntake(params: { data?: Record<string, unknown>; status?: string }, now = new Date()): void {
  delete params.status;
  const data = { ...(params.data ?? {}) };
  for (const key of ['publishedAt', 'rejectionReason', 'rejectedAt', 'answer', 'stage', 'receivedAt', 'dueAt']) {
    delete data[key];
  }
  data.stage = 'new';
  data.receivedAt = now.toISOString();
  data.dueAt = addWorkingDays(now, serviceConfig.answerPromise.workingDays).toISOString();
  if (!data.body && typeof data.submittedText === 'string') data.body = data.submittedText;
  params.data = data;
}
