import { withEnvFile } from '@frageladan/config/env-file';
import type { PiiFinding } from '@frageladan/config/domain/pii-scan';

/**
 * The site server's calls to the CMS with the submit token: hand in a question, look up a receipt.
 * Failures are sorted into "try again later" (CMS down or failing) and "will never work" (the CMS
 * refused the submission itself), because only the first kind may go to the outbox.
 */

export interface Submission {
  idempotencyKey: string;
  text: string;
  topic?: string;
  receiptHash: string;
  piiFindings: PiiFinding[];
  acceptedAt: string;
}

export class RetryableError extends Error {}
export class RefusedError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** Read on every call: the CMS writes the token into the env file once it is up. */
function settings(): { url: string; token: string } {
  const env = withEnvFile(process.env);
  const url = (process.env.CMS_URL ?? env.CMS_URL ?? 'http://localhost:1337').replace(/\/$/, '');
  return { url, token: env.CMS_SUBMIT_TOKEN ?? '' };
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const { url, token } = settings();
  if (!token) throw new RetryableError('CMS_SUBMIT_TOKEN saknas ännu');
  try {
    return await fetch(`${url}/api${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
      signal: AbortSignal.timeout(Number(process.env.CMS_TIMEOUT_MS ?? 5000)),
    });
  } catch (error) {
    throw new RetryableError(`CMS:et svarar inte (${(error as Error).message})`);
  }
}

export async function deliverToCms(submission: Submission): Promise<void> {
  const response = await call('/questions', {
    method: 'POST',
    body: JSON.stringify({
      data: {
        text: submission.text,
        topic: submission.topic,
        receiptHash: submission.receiptHash,
        piiFindings: submission.piiFindings,
        idempotencyKey: submission.idempotencyKey,
      },
    }),
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
    throw new RefusedError(body.error?.message ?? `CMS:et svarade ${response.status}`, response.status);
  }
  throw new RetryableError(`CMS:et svarade ${response.status}`);
}

export type ReceiptStatus =
  | { status: 'received'; receivedAt: string; dueAt: string }
  | { status: 'answered'; slug: string }
  | { status: 'not_published'; reason: string };

/** null when the CMS knows no such receipt (never sent, or purged after the retention period). */
export async function receiptStatus(hash: string): Promise<ReceiptStatus | null> {
  const response = await call(`/questions/receipt/${hash}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new RetryableError(`CMS:et svarade ${response.status}`);
  return ((await response.json()) as { data: ReceiptStatus }).data;
}
