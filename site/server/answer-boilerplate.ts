import { plainText } from '../src/lib/markdown.ts';

/**
 * The greeting and the sign-off that many answers share (the style templates' opening and closing,
 * or a service's own habit in answers from before it had templates). They say nothing about what an
 * answer is about, so the search index leaves them out: otherwise every answer matches "tack" and
 * "fråga", and a hit's excerpt is often the greeting. An answer's first or last paragraph is
 * boilerplate when at least one answer in a hundred (and at least three) begins or ends with it;
 * nothing needs to be configured, and a fork's own templates are found the same way. The share is
 * taken of every answer counted so far: the build counts them as the bank's pages arrive, and strips
 * them once the last has.
 */

interface Edges {
  first: string | null;
  last: string | null;
}

export function answerBoilerplate() {
  let answers = 0;
  // Each text once, however many answers share it: a national bank has a hundred thousand edges.
  const counts = new Map<string, { text: string; n: number }>();
  const count = (text: string): string | null => {
    if (!text) return null;
    const seen = counts.get(text) ?? { text, n: 0 };
    seen.n += 1;
    counts.set(text, seen);
    return seen.text;
  };
  // The edges are counted as Markdown; only the few common ones are made plain text, each once.
  const plainTexts = new Map<string, string>();
  const plain = (markdown: string) => plainTexts.get(markdown) ?? plainTexts.set(markdown, plainText(markdown)).get(markdown)!;
  const common = (text: string | null) => text !== null && (counts.get(text)?.n ?? 0) >= Math.max(3, Math.ceil(answers / 100));
  return {
    /** The answer's first and last paragraph (Markdown), counted; none for a single paragraph. */
    edges(markdown: string): Edges {
      answers += 1;
      const paragraphs = markdown.trim().split(/\n[ \t]*\n/);
      if (paragraphs.length < 2) return { first: null, last: null };
      return { first: count(paragraphs[0].trim()), last: count(paragraphs[paragraphs.length - 1].trim()) };
    },
    /** The answer's plain text without the edges that proved common, once every answer is counted; never nothing. */
    strip(answer: string, edges: Edges): string {
      let text = answer;
      const first = common(edges.first) ? plain(edges.first!) : '';
      const last = common(edges.last) ? plain(edges.last!) : '';
      if (first && text.startsWith(first)) text = text.slice(first.length).trimStart();
      if (last && text.endsWith(last)) text = text.slice(0, text.length - last.length).trimEnd();
      return text || answer;
    },
  };
}
