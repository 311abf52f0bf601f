import type { Figures } from '@frageladan/config/domain/statistics';
import { REJECTION_REASONS, type RejectionReason } from '@frageladan/config/domain/stages';

/** The Statistik page's figures as an editor reads them: Swedish number forms, a dash for "nothing to measure". */

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const NONE = '–';

export const formatCount = (value: number) => integer.format(value);
/** Working hours with one decimal; a dash when nothing was answered. */
export const formatHours = (value: number | null) => (value === null ? NONE : oneDecimal.format(value));
export const formatShare = (value: number | null) => (value === null ? NONE : percent.format(value));

/** The reasons that occurred, most frequent first, in the order the domain lists them on a tie. */
export function rejectedByReason(figures: Pick<Figures, 'rejected'>): Array<{ reason: RejectionReason; count: number }> {
  return REJECTION_REASONS.map((reason) => ({ reason, count: figures.rejected[reason] ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Whether the period has anything to show at all. */
export function isEmptyPeriod(totals: Figures): boolean {
  return totals.received === 0 && totals.answered === 0 && totals.rejectedTotal === 0 && totals.open === 0;
}
