import crypto from 'node:crypto';
import serviceConfig from '@frageladan/config';
import { scanForPii } from '@frageladan/config/domain/pii-scan';
import { texts } from '../../src/texts.ts';
import { createProofOfWork, createRateLimits } from './anti-abuse.ts';
import { deliverToCms, RefusedError, RetryableError, UnreachableError, type Submission } from './cms-submit.ts';
import { startDelivery } from './delivery.ts';
import { readQuestionFields } from './fields.ts';
import type { Outbox } from './outbox.ts';
import { newReceiptCode, receiptHash } from './receipt.ts';
import { cmsRefusal, Refusal } from './refusals.ts';
import { hasUrgentWords } from '@frageladan/config/domain/urgent-words';

/**
 * Taking a citizen's question, however it came (the form page or the JSON API). Checks, in order:
 * fields (400/422), honeypot, rate limit (429), proof of work, the idempotency key. Then the
 * question goes to the CMS, or, if the CMS cannot take it now, to the durable outbox; only then is
 * it acknowledged. The client's address is used for the rate limit's in-memory key and nowhere
 * else; nothing about the client is stored or logged.
 */

const t = texts.intake;

export type Kind = 'form' | 'json';

export type Outcome =
  | { result: 'received'; code: string; acute: boolean; dueAt: string | null }
  /** The same key and text were sent before: stored once, under the receipt given the first time. */
  | { result: 'already-received' }
  | { result: 'refused'; status: number; message: string; headers: Record<string, string> };

// Outcomes are plain values, not exceptions: the Astro pages that show them are bundled with their
// own copy of these modules, where `instanceof` would not recognise this copy's classes.
function refused(refusal: Refusal): Outcome {
  return { result: 'refused', status: refusal.status, message: refusal.message, headers: refusal.headers };
}

function isAcute(text: string): boolean {
  return hasUrgentWords(text, serviceConfig.acuteRiskWords);
}

/** From the outbox: a topic removed meanwhile must not cost the citizen the question; editors set one. */
async function deliverQueued(submission: Submission) {
  try {
    return await deliverToCms(submission);
  } catch (error) {
    if (error instanceof RefusedError && error.reason === 'unknown_topic') return deliverToCms({ ...submission, topic: undefined });
    throw error;
  }
}

export function createIntake(options: { outbox: Outbox; log?: (message: string) => void }) {
  const { outbox } = options;
  const pow = createProofOfWork();
  const limits = createRateLimits();
  const log = options.log ?? ((m: string) => console.log(m));
  const delivery = startDelivery(outbox, deliverQueued, { log });

  /** An earlier submission with the same key: the same question again, or a key reused for another. */
  function repeated(earlier: Submission, text: string): Outcome {
    if (earlier.text !== text) throw new Refusal(409, t.keyConflict);
    return { result: 'already-received' };
  }

  async function accept(raw: Record<string, unknown>, request: { kind: Kind; client: string }): Promise<Outcome> {
    const fields = readQuestionFields(raw);
    const code = newReceiptCode();
    const acute = isAcute(fields.text);
    // A bot that fills the hidden field gets an answer that looks like success and nothing is stored.
    if (fields.honeypot) return { result: 'received', code, acute, dueAt: null };

    // The rate limit comes first, so that a flood is turned away before any work is done for it.
    const rate = await limits.consume(request.client, Boolean(fields.altcha));
    if (!rate.allowed) {
      throw new Refusal(429, t.rateLimited(rate.retryAfterSeconds), { 'Retry-After': String(rate.retryAfterSeconds) });
    }
    const provedWork = fields.altcha ? await pow.verify(fields.altcha) : false;
    if (fields.altcha && !provedWork) throw new Refusal(400, t.proofFailed);
    // JSON clients are scripts: they must do the work. A plain form post without JavaScript may not.
    if (request.kind === 'json' && !provedWork) throw new Refusal(400, t.proofFailed);

    // A key the client chose may already wait in the outbox, before the CMS has ever seen it.
    const queued = fields.idempotencyKey ? outbox.get(fields.idempotencyKey) : null;
    if (queued) return repeated(queued, fields.text);

    const submission: Submission = {
      idempotencyKey: fields.idempotencyKey ?? crypto.randomBytes(16).toString('hex'),
      text: fields.text,
      topic: fields.topic,
      receiptHash: receiptHash(code),
      piiFindings: scanForPii(fields.text),
      acceptedAt: new Date().toISOString(),
    };
    try {
      const delivered = await deliverToCms(submission);
      if (!delivered.receiptMatches) return { result: 'already-received' };
      return { result: 'received', code, acute, dueAt: delivered.dueAt };
    } catch (error) {
      if (error instanceof RefusedError) throw cmsRefusal(error.reason);
      if (!(error instanceof RetryableError || error instanceof UnreachableError)) throw error;
    }
    let added;
    try {
      added = outbox.add(submission);
    } catch {
      throw new Refusal(503, t.unavailable, { 'Retry-After': '60' });
    }
    if (!added.added) return repeated(added.existing, submission.text);
    delivery.nudge();
    log('En fråga lades i utkorgen; CMS:et tar emot den när det svarar igen.');
    return { result: 'received', code, acute, dueAt: null };
  }

  /** Never throws: every way a question can fail to be taken is an outcome with a Swedish text. */
  async function submit(raw: Record<string, unknown>, request: { kind: Kind; client: string }): Promise<Outcome> {
    try {
      return await accept(raw, request);
    } catch (error) {
      if (error instanceof Refusal) return refused(error);
      log(`Oväntat fel när en fråga togs emot: ${(error as Error).message}`);
      return refused(new Refusal(503, t.unavailable, { 'Retry-After': '60' }));
    }
  }

  return {
    submit,
    challenge: () => pow.challenge(),
    delivery,
    outbox,
  };
}

export type Intake = ReturnType<typeof createIntake>;
