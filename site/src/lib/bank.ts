import type { QuestionSummary, Referral, Topic } from './cms';

/** What the pages derive from the knowledge bank: counts, related questions, fitting referrals, paths. */

export const questionPath = (q: Pick<QuestionSummary, 'slug'>) => `/fragor/${q.slug}`;
export const topicPath = (t: Pick<Topic, 'slug'>, page = 1) => (page > 1 ? `/amne/${t.slug}/${page}` : `/amne/${t.slug}`);

/** A bank as far as these need it: its topics and its questions, newest first. */
interface Bank<Q extends QuestionSummary> {
  topics: Topic[];
  questions: Q[];
}

const byTopicCache = new WeakMap<Bank<QuestionSummary>, Map<string, QuestionSummary[]>>();

/** Questions per topic, newest first, computed once per build rather than once per page. */
function byTopic<Q extends QuestionSummary>(bank: Bank<Q>): Map<string, Q[]> {
  let index = byTopicCache.get(bank) as Map<string, Q[]> | undefined;
  if (!index) {
    index = new Map<string, Q[]>();
    for (const q of bank.questions) {
      if (!q.topic) continue;
      const list = index.get(q.topic.slug) ?? [];
      list.push(q);
      index.set(q.topic.slug, list);
    }
    byTopicCache.set(bank, index);
  }
  return index;
}

export function questionsInTopic<Q extends QuestionSummary>(bank: Bank<Q>, slug: string): Q[] {
  return byTopic(bank).get(slug) ?? [];
}

export function topicsWithCounts(bank: Bank<QuestionSummary>): Array<Topic & { count: number }> {
  return bank.topics.map((t) => ({ ...t, count: questionsInTopic(bank, t.slug).length }));
}

/** The newest other questions in the same topic. */
export function relatedQuestions<Q extends QuestionSummary>(bank: Bank<Q>, question: QuestionSummary, limit = 4): Q[] {
  if (!question.topic) return [];
  const related: Q[] = [];
  for (const q of questionsInTopic(bank, question.topic.slug)) {
    if (q.slug !== question.slug) related.push(q);
    if (related.length === limit) break;
  }
  return related;
}

/** Referrals that fit a topic; one without topics fits every topic. Emergency numbers first. */
export function referralsFor(referrals: Referral[], topicSlug: string | undefined): Referral[] {
  const rank = (r: Referral) => (r.kind === 'emergency' ? 0 : r.kind === 'socialjour' ? 1 : 2);
  return referrals
    .filter((r) => r.topics.length === 0 || (topicSlug !== undefined && r.topics.some((t) => t.slug === topicSlug)))
    .sort((a, b) => rank(a) - rank(b) || (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
}
