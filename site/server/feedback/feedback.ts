import { checkFeedbackText, QUESTION_ID, type FeedbackTextProblem } from '@frageladan/config/domain/feedback';
import { texts } from '../../src/texts.ts';
import { countVoteInCms, RefusedError, saveMissingTextInCms } from './cms-feedback.ts';
import { createFeedbackLimits } from './limits.ts';

/**
 * "Hjälpte svaret dig?" as the site's server takes it, from the question page's script (JSON) or
 * its plain form (the /hjalpte-svaret page): a vote, or after Nej a "Vad saknades?" text. Checked,
 * limited per client (limits.ts), then handed to the CMS, which keeps counts per question and day
 * and the texts. The client's address keys the limits in memory and is used for nothing else.
 * Every outcome is a value with a status and a Swedish text; nothing is thrown.
 */

const t = texts.feedback;

export type FeedbackOutcome =
  | { result: 'counted'; helped: boolean }
  | { result: 'saved' }
  | { result: 'refused'; status: number; message: string; headers: Record<string, string> };

const refused = (status: number, message: string, headers: Record<string, string> = {}): FeedbackOutcome => ({ result: 'refused', status, message, headers });

const TEXT_PROBLEMS: Record<FeedbackTextProblem, [number, string]> = {
  text_missing: [400, t.textMissing],
  text_invisible: [422, t.textInvisible],
  text_too_long: [422, t.textTooLong],
};

/** The CMS's reason, worded for the citizen. */
function cmsRefusal(reason: string | undefined): FeedbackOutcome {
  if (reason && reason in TEXT_PROBLEMS) return refused(...TEXT_PROBLEMS[reason as FeedbackTextProblem]);
  if (reason === 'unknown_question' || reason === 'bad_question') return refused(404, t.unknownQuestion);
  return refused(422, t.refused);
}

const retry = (seconds: number) => ({ 'Retry-After': String(seconds) });

export function createFeedback(options: { log?: (message: string) => void } = {}) {
  const log = options.log ?? ((message: string) => console.log(message));
  const limits = createFeedbackLimits();

  async function deliver(send: () => Promise<void>, done: FeedbackOutcome): Promise<FeedbackOutcome> {
    try {
      await send();
      return done;
    } catch (error) {
      if (error instanceof RefusedError) return cmsRefusal(error.reason);
      log(`Ett svar på ”Hjälpte svaret dig?” kunde inte lämnas till CMS:et: ${(error as Error).message}`);
      return refused(503, t.unavailable, retry(60));
    }
  }

  return {
    async vote(raw: { question?: unknown; helped?: unknown }, client: string): Promise<FeedbackOutcome> {
      if (typeof raw.question !== 'string' || !QUESTION_ID.test(raw.question)) return refused(404, t.unknownQuestion);
      if (typeof raw.helped !== 'boolean') return refused(400, t.badVote);
      const { question, helped } = raw as { question: string; helped: boolean };
      const rate = await limits.vote(client, question);
      if (!rate.allowed) return refused(429, rate.repeat ? t.alreadyVoted : t.rateLimited(rate.retryAfterSeconds), retry(rate.retryAfterSeconds));
      return deliver(() => countVoteInCms(question, helped), { result: 'counted', helped });
    },

    async missingText(raw: { question?: unknown; text?: unknown }, client: string): Promise<FeedbackOutcome> {
      if (typeof raw.question !== 'string' || !QUESTION_ID.test(raw.question)) return refused(404, t.unknownQuestion);
      if (typeof raw.text !== 'string') return refused(400, t.textMissing);
      const checked = checkFeedbackText(raw.text);
      if (!checked.ok) return refused(...TEXT_PROBLEMS[checked.problem]);
      const rate = await limits.text(client);
      if (!rate.allowed) return refused(429, t.rateLimited(rate.retryAfterSeconds), retry(rate.retryAfterSeconds));
      const question = raw.question;
      return deliver(() => saveMissingTextInCms(question, checked.text), { result: 'saved' });
    },
  };
}

export type Feedback = ReturnType<typeof createFeedback>;
