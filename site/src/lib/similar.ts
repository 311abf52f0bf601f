import { normaliseText } from '@frageladan/config/domain/text';
import { swe } from 'stopword';
import type { Pagefind, SearchResult } from './search-client';

/**
 * "Liknande frågor som redan besvarats" while a citizen writes. Pagefind finds pages that contain
 * every word searched for, so a whole sentence ("Jag har skulder hos Kronofogden och vet inte vad
 * jag ska göra") finds nothing; here each significant word is searched on its own (Swedish stop
 * words left out, Pagefind stems the rest) and the pages that match the most of them, best first,
 * are suggested.
 */

const STOP_WORDS = new Set(swe);
const MAX_WORDS = 8;

/** The words worth searching for: no stop words, no one- or two-letter words, the longest first. */
export function significantWords(text: string, max = MAX_WORDS): string[] {
  const words = normaliseText(text)
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, max);
}

export async function similarQuestions(index: Pagefind, text: string, limit = 5): Promise<SearchResult[]> {
  const words = significantWords(text);
  const found = new Map<string, { hits: number; score: number; result: { data(): Promise<SearchResult> } }>();
  for (const word of words) {
    const { results } = await index.search(word);
    for (const result of results) {
      const seen = found.get(result.id) ?? { hits: 0, score: 0, result };
      seen.hits += 1;
      seen.score += result.score;
      found.set(result.id, seen);
    }
  }
  const best = [...found.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).slice(0, limit);
  // A hit whose text does not load (taken down a moment ago) is left out, not the whole list.
  const loaded = await Promise.allSettled(best.map((entry) => entry.result.data()));
  return loaded.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}
