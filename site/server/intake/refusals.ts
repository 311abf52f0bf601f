import type { QuestionTextProblem } from '@frageladan/config/domain/question-text';
import { texts } from '../../src/texts.ts';

/**
 * Why a question was not taken, as the citizen reads it: every refusal carries an HTTP status and a
 * text from site/src/texts.ts, never a message from a library or from the CMS.
 */

const t = texts.intake;

export class Refusal extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

const TEXT_PROBLEMS: Record<QuestionTextProblem, string> = {
  text_missing: t.missingText,
  text_invisible: t.noVisibleText,
  text_too_short: t.tooShort,
  text_too_long: t.tooLong,
};

export function textRefusal(problem: QuestionTextProblem): Refusal {
  return new Refusal(problem === 'text_missing' ? 400 : 422, TEXT_PROBLEMS[problem]);
}

/**
 * The CMS names why it refused a submission in `error.details.reason` (see
 * cms/src/api/question/submission.ts); its message is for editors and never reaches a citizen.
 */
export function cmsRefusal(reason: string | undefined): Refusal {
  if (reason && reason in TEXT_PROBLEMS) return textRefusal(reason as QuestionTextProblem);
  if (reason === 'unknown_topic' || reason === 'bad_topic') return new Refusal(422, t.badTopic);
  if (reason === 'key_conflict') return new Refusal(409, t.keyConflict);
  if (reason === 'bad_key') return new Refusal(400, t.badKey);
  return new Refusal(422, t.refused);
}
