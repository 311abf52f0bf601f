import { texts } from '../../src/texts.ts';
import { createReceiptLimit } from './anti-abuse.ts';
import { receiptStatus, type ReceiptStatus } from './cms-submit.ts';
import type { Outbox } from './outbox.ts';
import { normaliseReceiptCode, receiptHash } from './receipt.ts';

/**
 * Looking up a receipt code that a citizen typed: limited per client (a code has 80 random bits,
 * but nobody should get to try many), answered from the outbox while the question waits there,
 * otherwise by the CMS. The code arrives in a POST body and is neither kept nor logged.
 */

const t = texts.receipt;

export type ReceiptLookup =
  | { found: true; status: ReceiptStatus }
  | { found: false; status: number; message: string; headers?: Record<string, string> };

export function createReceiptLookup(outbox: Outbox) {
  const limit = createReceiptLimit();
  return async function lookup(typed: string, client: string): Promise<ReceiptLookup> {
    const rate = await limit.consume(client);
    if (!rate.allowed) {
      return { found: false, status: 429, message: t.rateLimited(rate.retryAfterSeconds), headers: { 'Retry-After': String(rate.retryAfterSeconds) } };
    }
    const code = normaliseReceiptCode(typed);
    if (!code) return { found: false, status: 400, message: t.badCode };
    const hash = receiptHash(code);
    if (outbox.hasReceipt(hash)) return { found: true, status: { status: 'received', receivedAt: null, dueAt: null } };
    try {
      const status = await receiptStatus(hash);
      return status ? { found: true, status } : { found: false, status: 404, message: t.notFound };
    } catch {
      return { found: false, status: 503, message: t.unavailable };
    }
  };
}

export type LookupReceipt = ReturnType<typeof createReceiptLookup>;
