/**
 * What the search index holds for a question, and so what its snippets are cut from: the title,
 * the question and the answer as sentences that follow one another. A title that already ends a
 * sentence ("… om skuldsanering?") gets no full stop of its own ("?." in every snippet).
 */
export function searchableText(parts: { title: string; question: string; answer: string }): string {
  return [parts.title, parts.question, parts.answer]
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.!?…:]["”’)]*$/u.test(part) ? part : `${part}.`))
    .join(' ');
}
