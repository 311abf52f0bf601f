import { checkQuestionText } from '@frageladan/config/domain/question-text';
import { z } from 'zod';
import { texts } from '../../src/texts.ts';
import { Refusal, textRefusal } from './refusals.ts';

/**
 * The fields of a submitted question, from a form or from JSON, checked and normalised. A field of
 * the wrong type or format is refused with the Swedish text for that field, never zod's own words.
 */

const t = texts.intake;

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;

// An empty form field means "not given", as does null in JSON.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

const shape = z.object({
  text: z.string(),
  topic: optional(z.string().max(64).regex(/^[a-z0-9]+$/)),
  webbplats: optional(z.string().max(2000)),
  altcha: optional(z.string().max(4000)),
  idempotencyKey: optional(z.string().regex(IDEMPOTENCY_KEY)),
});

const FIELD_MESSAGES: Record<string, string> = {
  text: t.missingText,
  topic: t.badTopic,
  webbplats: t.badRequest,
  altcha: t.proofFailed,
  idempotencyKey: t.badKey,
};

export interface QuestionFields {
  /** Normalised and trimmed, with at least one visible character and a length within the limits. */
  text: string;
  topic?: string;
  /** The hidden field that only bots fill in. */
  honeypot: boolean;
  altcha?: string;
  /** Chosen by the client, so that a repeated post of the same question is recognised. */
  idempotencyKey?: string;
}

export function readQuestionFields(raw: Record<string, unknown>): QuestionFields {
  const parsed = shape.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0] ?? '');
    throw new Refusal(400, FIELD_MESSAGES[field] ?? t.badRequest);
  }
  const { text, topic, webbplats, altcha, idempotencyKey } = parsed.data;
  const checked = checkQuestionText(text);
  if (!checked.ok) throw textRefusal(checked.problem);
  return { text: checked.text, topic, honeypot: Boolean(webbplats), altcha, idempotencyKey };
}
