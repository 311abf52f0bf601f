import { checkQuestionText, type QuestionTextProblem } from '@frageladan/config/domain/question-text';
import { PII_KINDS } from '@frageladan/config/domain/pii-scan';
import { normaliseText } from '@frageladan/config/domain/text';
import { messages } from '../../messages';

/**
 * The fields a submission may carry, checked and normalised before anything is stored, with the
 * same text rule as the site (config/domain/question-text.ts). A refusal names its reason for the
 * site, which words it for the citizen; the message is for editors and scripts.
 */
export interface Submission {
  submittedText: string;
  topic?: string;
  receiptHash?: string;
  piiFindings?: Array<{ kind: string; start: number; end: number; text: string }>;
  idempotencyKey?: string;
}

export type RefusalReason = QuestionTextProblem | 'bad_topic' | 'bad_receipt_hash' | 'bad_findings' | 'bad_key';

type Parsed = { ok: true; data: Submission } | { ok: false; reason: RefusalReason; message: string };

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;
export const RECEIPT_HASH = /^[a-f0-9]{64}$/;
const TOPIC_ID = /^[a-z0-9]{1,64}$/;
const MAX_FINDINGS = 200;

const TEXT_MESSAGES: Record<QuestionTextProblem, string> = {
  text_missing: messages.intake.textRequired,
  text_invisible: messages.intake.noVisibleText,
  text_too_short: messages.intake.tooShort,
  text_too_long: messages.intake.tooLong,
};

const refuse = (reason: RefusalReason, message: string): Parsed => ({ ok: false, reason, message });

function parseFindings(value: unknown): Submission['piiFindings'] | null {
  if (!Array.isArray(value) || value.length > MAX_FINDINGS) return null;
  const findings: NonNullable<Submission['piiFindings']> = [];
  for (const item of value) {
    const f = item as Record<string, unknown> | null;
    if (
      !f ||
      typeof f !== 'object' ||
      !(PII_KINDS as readonly unknown[]).includes(f.kind) ||
      !Number.isInteger(f.start) ||
      !Number.isInteger(f.end) ||
      typeof f.text !== 'string'
    ) {
      return null;
    }
    findings.push({ kind: f.kind as string, start: f.start as number, end: f.end as number, text: normaliseText(f.text) });
  }
  return findings;
}

export function parseSubmission(input: unknown): Parsed {
  if (typeof input !== 'object' || input === null) return refuse('text_missing', messages.intake.textRequired);
  const raw = input as Record<string, unknown>;
  if (typeof raw.text !== 'string') return refuse('text_missing', messages.intake.textRequired);
  const checked = checkQuestionText(raw.text);
  if (!checked.ok) return refuse(checked.problem, TEXT_MESSAGES[checked.problem]);
  const data: Submission = { submittedText: checked.text };
  if (raw.topic !== undefined && raw.topic !== null && raw.topic !== '') {
    if (typeof raw.topic !== 'string' || !TOPIC_ID.test(raw.topic)) return refuse('bad_topic', messages.intake.badTopic);
    data.topic = raw.topic;
  }
  if (raw.receiptHash !== undefined) {
    if (typeof raw.receiptHash !== 'string' || !RECEIPT_HASH.test(raw.receiptHash)) {
      return refuse('bad_receipt_hash', messages.intake.badReceipt);
    }
    data.receiptHash = raw.receiptHash;
  }
  if (raw.piiFindings !== undefined) {
    const findings = parseFindings(raw.piiFindings);
    if (!findings) return refuse('bad_findings', messages.intake.badFindings);
    data.piiFindings = findings;
  }
  if (raw.idempotencyKey !== undefined) {
    if (typeof raw.idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(raw.idempotencyKey)) {
      return refuse('bad_key', messages.intake.badIdempotencyKey);
    }
    data.idempotencyKey = raw.idempotencyKey;
  }
  return { ok: true, data };
}
