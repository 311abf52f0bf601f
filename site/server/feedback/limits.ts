import { consume, type RateDecision } from '../intake/anti-abuse.ts';
import { createClientKeys, createLimiter } from '../limiter-store.ts';

/**
 * How often one client may answer "Hjälpte svaret dig?", keyed like the intake's limits: an HMAC of
 * the address with a secret that lives in memory only and is replaced every day, so nothing here
 * can be turned back into an address or outlives the day. A few votes per question and day (people
 * who share an address, a household or a phone network, are not all the same person), a cap on
 * votes across questions, and fewer texts. Nothing is written down.
 */

export const VOTES_PER_QUESTION_PER_DAY = 3;
export const VOTES_PER_HOUR = 30;
export const TEXTS_PER_HOUR = 10;

export type FeedbackDecision = RateDecision & { repeat?: boolean };

export function createFeedbackLimits() {
  const clientKey = createClientKeys();
  const perQuestion = createLimiter('vote-question', VOTES_PER_QUESTION_PER_DAY, 24 * 60 * 60);
  const votes = createLimiter('vote', VOTES_PER_HOUR, 60 * 60);
  const texts = createLimiter('vote-text', TEXTS_PER_HOUR, 60 * 60);
  return {
    async vote(address: string, question: string): Promise<FeedbackDecision> {
      const key = clientKey(address);
      // The cap across questions first: a client making up question ids cannot fill memory with keys.
      const any = await consume(votes, key);
      if (!any.allowed) return any;
      const again = await consume(perQuestion, `${key}:${question}`);
      return again.allowed ? again : { ...again, repeat: true };
    },
    text: (address: string): Promise<FeedbackDecision> => consume(texts, clientKey(address)),
  };
}
