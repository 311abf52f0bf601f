import { QUESTION_TEXT } from './limits.ts';
import { hasVisibleText, normaliseText, visibleLength } from './text.ts';

/**
 * The one rule for a citizen's question text, applied by the site's form script, the site's server
 * and the CMS: normalised first (text.ts), then at least one visible character and between
 * QUESTION_TEXT.min and .max characters as a reader counts them. Each side words the problem in its
 * own catalogue (site/src/texts.ts, cms/src/messages.ts); the problem names travel between them.
 */

export type QuestionTextProblem = 'text_missing' | 'text_invisible' | 'text_too_short' | 'text_too_long';

export type QuestionTextCheck = { ok: true; text: string; length: number } | { ok: false; problem: QuestionTextProblem; length: number };

export function checkQuestionText(input: string): QuestionTextCheck {
  const text = normaliseText(input).trim();
  const length = visibleLength(text);
  if (text === '') return { ok: false, problem: 'text_missing', length };
  if (!hasVisibleText(text)) return { ok: false, problem: 'text_invisible', length };
  if (length < QUESTION_TEXT.min) return { ok: false, problem: 'text_too_short', length };
  if (length > QUESTION_TEXT.max) return { ok: false, problem: 'text_too_long', length };
  return { ok: true, text, length };
}
