import { messages } from '../../messages';

/** The fields a submission may carry, checked before anything is stored. */
export interface Submission {
  submittedText: string;
  topic?: string;
  receiptHash?: string;
  piiFindings?: unknown[];
  idempotencyKey?: string;
}

type Parsed = { ok: true; data: Submission & Record<string, unknown> } | { ok: false; message: string };

const MIN = 20;
const MAX = 4000;

export function parseSubmission(input: unknown): Parsed {
  if (typeof input !== 'object' || input === null) return { ok: false, message: messages.intake.textRequired };
  const raw = input as Record<string, unknown>;
  const text = typeof raw.text === 'string' ? raw.text.trim() : '';
  if (!text) return { ok: false, message: messages.intake.textRequired };
  if (text.length < MIN) return { ok: false, message: messages.intake.tooShort(MIN) };
  if (text.length > MAX) return { ok: false, message: messages.intake.tooLong(MAX) };
  const data: Submission & Record<string, unknown> = { submittedText: text };
  if (raw.topic !== undefined && raw.topic !== null && raw.topic !== '') {
    if (typeof raw.topic !== 'string') return { ok: false, message: messages.intake.badTopic };
    data.topic = raw.topic;
  }
  if (raw.receiptHash !== undefined) {
    if (typeof raw.receiptHash !== 'string' || !/^[a-f0-9]{64}$/.test(raw.receiptHash)) {
      return { ok: false, message: messages.intake.badReceipt };
    }
    data.receiptHash = raw.receiptHash;
  }
  if (raw.piiFindings !== undefined) {
    if (!Array.isArray(raw.piiFindings) || raw.piiFindings.length > 200) {
      return { ok: false, message: messages.intake.badFindings };
    }
    data.piiFindings = raw.piiFindings;
  }
  if (raw.idempotencyKey !== undefined) {
    if (typeof raw.idempotencyKey !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(raw.idempotencyKey)) {
      return { ok: false, message: messages.intake.badIdempotencyKey };
    }
    data.idempotencyKey = raw.idempotencyKey;
  }
  return { ok: true, data };
}
