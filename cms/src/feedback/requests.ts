import { checkFeedbackText, QUESTION_ID, type FeedbackTextProblem } from '@frageladan/config/domain/feedback';
import { messages } from '../messages';

/**
 * What the site may send for "Hjälpte svaret dig?": a vote (a question and Ja or Nej) or a "Vad
 * saknades?" text (a question and up to FEEDBACK_TEXT.max characters), checked with the same rule as
 * on the site. A refusal names its reason for the site, which words it for the citizen.
 */

export type FeedbackRefusal = FeedbackTextProblem | 'bad_question' | 'bad_vote';

type Parsed<T> = { ok: true; data: T } | { ok: false; reason: FeedbackRefusal; message: string };

const refuse = (reason: FeedbackRefusal, message: string) => ({ ok: false as const, reason, message });

const TEXT_MESSAGES: Record<FeedbackTextProblem, string> = {
  text_missing: messages.feedback.textMissing,
  text_invisible: messages.feedback.textInvisible,
  text_too_long: messages.feedback.textTooLong,
};

function fields(input: unknown): Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
}

function question(raw: Record<string, unknown>): string | null {
  return typeof raw.question === 'string' && QUESTION_ID.test(raw.question) ? raw.question : null;
}

export function parseVote(input: unknown): Parsed<{ question: string; helped: boolean }> {
  const raw = fields(input);
  const id = question(raw);
  if (!id) return refuse('bad_question', messages.feedback.badQuestion);
  if (typeof raw.helped !== 'boolean') return refuse('bad_vote', messages.feedback.badVote);
  return { ok: true, data: { question: id, helped: raw.helped } };
}

export function parseMissingText(input: unknown): Parsed<{ question: string; text: string }> {
  const raw = fields(input);
  const id = question(raw);
  if (!id) return refuse('bad_question', messages.feedback.badQuestion);
  if (typeof raw.text !== 'string') return refuse('text_missing', messages.feedback.textMissing);
  const checked = checkFeedbackText(raw.text);
  if (!checked.ok) return refuse(checked.problem, TEXT_MESSAGES[checked.problem]);
  return { ok: true, data: { question: id, text: checked.text } };
}
