/**
 * Whether a case is overdue, due today or due later, as a Swedish office reads a calendar: "today"
 * is the date in Stockholm, whatever the server's own time zone.
 */
export type DueState = 'overdue' | 'today' | 'later';

const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

export function stockholmDate(date: Date | number): string {
  return day.format(date);
}

export function dueState(dueAt: Date | string | null | undefined, now = new Date()): DueState {
  if (!dueAt) return 'later';
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return 'later';
  if (due.getTime() < now.getTime()) return 'overdue';
  return stockholmDate(due) === stockholmDate(now) ? 'today' : 'later';
}

/** Whether a text is a real calendar date written YYYY-MM-DD (not 2026-02-30): the desk's date filters. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}
