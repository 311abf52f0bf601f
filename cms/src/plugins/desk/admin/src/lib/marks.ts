import { clearanceKey, scanForPii, type PiiFinding } from '@frageladan/config/domain/pii-scan';
import { findUrgentWords } from '@frageladan/config/domain/urgent-words';

/** What the scanner flags in a text, less what an editor cleared: the same scanner the server uses. */
export function openFindings(text: string, publicNumbers: readonly string[], cleared: readonly string[]): PiiFinding[] {
  const keys = new Set(cleared.map(clearanceKey));
  return scanForPii(text, { publicNumbers }).filter((f) => !keys.has(clearanceKey(f.text)));
}

export interface Segment {
  text: string;
  mark: 'pii' | 'urgent' | null;
}

/** A text cut into plain and marked pieces, for highlighting flagged details and urgent words. */
export function segments(text: string, publicNumbers: readonly string[], urgentWords: readonly string[]): Segment[] {
  const spans = [
    ...scanForPii(text, { publicNumbers }).map((f) => ({ start: f.start, end: f.end, mark: 'pii' as const })),
    ...findUrgentWords(text, urgentWords).map((u) => ({ start: u.start, end: u.end, mark: 'urgent' as const })),
  ].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) out.push({ text: text.slice(at, span.start), mark: null });
    out.push({ text: text.slice(span.start, span.end), mark: span.mark });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}
