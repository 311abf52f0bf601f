/**
 * Words in a question that suggest acute risk (`acuteRiskWords` in config/): the site puts the
 * emergency numbers first on the receipt, and the editors' desk marks and highlights the case.
 * Matched without regard to case, anywhere in the text, as a citizen may write them.
 */
export interface UrgentMatch {
  word: string;
  start: number;
  end: number;
}

export function findUrgentWords(text: string, words: readonly string[]): UrgentMatch[] {
  const lower = text.toLocaleLowerCase('sv');
  const found: UrgentMatch[] = [];
  for (const word of words) {
    const needle = word.toLocaleLowerCase('sv');
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      found.push({ word, start: at, end: at + needle.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function hasUrgentWords(text: string, words: readonly string[]): boolean {
  return findUrgentWords(text, words).length > 0;
}
