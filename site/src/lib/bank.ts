import type { KnowledgeBank, Question, Referral, Topic } from './cms';

/** What the pages derive from the knowledge bank: counts, related questions, fitting referrals, paths. */

export const questionPath = (q: Pick<Question, 'slug'>) => `/fragor/${q.slug}`;
export const topicPath = (t: Pick<Topic, 'slug'>, page = 1) => (page > 1 ? `/amne/${t.slug}/${page}` : `/amne/${t.slug}`);

export function questionsInTopic(bank: KnowledgeBank, slug: string): Question[] {
  return bank.questions.filter((q) => q.topic?.slug === slug);
}

export function topicsWithCounts(bank: KnowledgeBank): Array<Topic & { count: number }> {
  const counts = new Map<string, number>();
  for (const q of bank.questions) if (q.topic) counts.set(q.topic.slug, (counts.get(q.topic.slug) ?? 0) + 1);
  return bank.topics.map((t) => ({ ...t, count: counts.get(t.slug) ?? 0 }));
}

/** The newest other questions in the same topic. */
export function relatedQuestions(bank: KnowledgeBank, question: Question, limit = 4): Question[] {
  if (!question.topic) return [];
  return bank.questions.filter((q) => q.topic?.slug === question.topic?.slug && q.slug !== question.slug).slice(0, limit);
}

/** Referrals that fit a topic; one without topics fits every topic. Emergency numbers first. */
export function referralsFor(bank: KnowledgeBank, topicSlug: string | undefined): Referral[] {
  const rank = (r: Referral) => (r.kind === 'emergency' ? 0 : r.kind === 'socialjour' ? 1 : 2);
  return bank.referrals
    .filter((r) => r.topics.length === 0 || (topicSlug !== undefined && r.topics.some((t) => t.slug === topicSlug)))
    .sort((a, b) => rank(a) - rank(b) || (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
}
