import type { KnowledgeBank, Question, Referral, Topic } from './cms';

/** What the pages derive from the knowledge bank: counts, related questions, fitting referrals, paths. */

export const questionPath = (q: Pick<Question, 'slug'>) => `/fragor/${q.slug}`;
export const topicPath = (t: Pick<Topic, 'slug'>, page = 1) => (page > 1 ? `/amne/${t.slug}/${page}` : `/amne/${t.slug}`);

const byTopicCache = new WeakMap<KnowledgeBank, Map<string, Question[]>>();

/** Questions per topic, newest first, computed once per build rather than once per page. */
function byTopic(bank: KnowledgeBank): Map<string, Question[]> {
  let index = byTopicCache.get(bank);
  if (!index) {
    index = new Map();
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

export function questionsInTopic(bank: KnowledgeBank, slug: string): Question[] {
  return byTopic(bank).get(slug) ?? [];
}

export function topicsWithCounts(bank: KnowledgeBank): Array<Topic & { count: number }> {
  return bank.topics.map((t) => ({ ...t, count: questionsInTopic(bank, t.slug).length }));
}

/** The newest other questions in the same topic. */
export function relatedQuestions(bank: KnowledgeBank, question: Question, limit = 4): Question[] {
  if (!question.topic) return [];
  const related: Question[] = [];
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
