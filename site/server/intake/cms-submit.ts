import { siteSettings } from '../settings.ts';
import type { PiiFinding } from '@frageladan/config/domain/pii-scan';

/**
 * The site server's calls to the CMS with the submit token: hand in a question, look up a receipt.
 * Failures are sorted into "try again later" (CMS away, or failing on its side) and "will never
 * work" (the CMS refused the submission itself, naming a machine-readable reason), because only
 * the first kind may go to, or stay in, the outbox.
 */

export interface Submission {
  idempotencyKey: string;
  text: string;
  topic?: string;
  receiptHash: string;
  piiFindings: PiiFinding[];
  acceptedAt: string;
}

/** The CMS could not be reached at all: nothing else will get through either. */
export class UnreachableError extends Error {}
/** The CMS answered, but failed on its side (5xx, 408, 429): this one may work later. */
export class RetryableError extends Error {}
/** The CMS refused this submission and always will; `reason` says why, for the site's own texts. */
export class RefusedError extends Error {
  readonly status: number;
  readonly reason: string | undefined;
  constructor(status: number, reason: string | undefined) {
    super(`CMS:et vägrade (${status}${reason ? `, ${reason}` : ''})`);
    this.status = status;
    this.reason = reason;
  }
}

export interface Delivered {
  /** False when the CMS already had a question with this key and text. */
  created: boolean;
  /** False when that question was stored with another receipt: a client's repeated post, not ours. */
  receiptMatches: boolean;
  dueAt: string | null;
}

/** Read on every call: the CMS writes the token into the env file once it is up. */
function settings(): { url: string; token: string; timeoutMs: number } {
  const { cmsUrl, submitToken, cmsTimeoutMs } = siteSettings();
  return { url: cmsUrl, token: submitToken ?? '', timeoutMs: cmsTimeoutMs };
}

/** A POST to the CMS's content API with the submit token; also used for the feedback on answers. */
export async function post(path: string, data: unknown): Promise<Response> {
  const { url, token, timeoutMs } = settings();
  if (!token) throw new UnreachableError('CMS_SUBMIT_TOKEN saknas ännu');
  try {
    return await fetch(`${url}/api${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // A CMS that answers nothing in time may be stuck on this one submission; a refused connection is not.
    if ((error as Error).name === 'TimeoutError') throw new RetryableError('CMS:et svarade inte i tid');
    throw new UnreachableError(`CMS:et svarar inte (${(error as Error).name})`);
  }
}

export function permanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export async function refusalOf(response: Response): Promise<RefusedError> {
  const body = (await response.json().catch(() => ({}))) as { error?: { details?: { reason?: unknown } } };
  const reason = body.error?.details?.reason;
  return new RefusedError(response.status, typeof reason === 'string' ? reason : undefined);
}

export async function deliverToCms(submission: Submission): Promise<Delivered> {
  const response = await post('/questions', {
    text: submission.text,
    topic: submission.topic,
    receiptHash: submission.receiptHash,
    piiFindings: submission.piiFindings,
    idempotencyKey: submission.idempotencyKey,
  });
  if (response.ok) {
    const body = (await response.json().catch(() => ({}))) as { data?: { dueAt?: string; receiptMatches?: boolean } };
    const created = response.status === 201;
    return { created, receiptMatches: created || body.data?.receiptMatches === true, dueAt: body.data?.dueAt ?? null };
  }
  if (permanent(response.status)) throw await refusalOf(response);
  throw new RetryableError(`CMS:et svarade ${response.status}`);
}

export type ReceiptStatus =
  | { status: 'received'; receivedAt: string | null; dueAt: string | null }
  | { status: 'answered'; slug: string }
  | { status: 'not_published'; reason: string };

/** null when the CMS knows no such receipt (never sent, or purged after the retention period).
 * The hash goes in the body, so that it is in no URL and no request log. */
export async function receiptStatus(hash: string): Promise<ReceiptStatus | null> {
  const response = await post('/questions/receipt', { receiptHash: hash });
  if (response.status === 404) return null;
  if (!response.ok) throw new RetryableError(`CMS:et svarade ${response.status}`);
  return ((await response.json()) as { data: ReceiptStatus }).data;
}
