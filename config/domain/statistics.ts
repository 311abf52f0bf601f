/**
 * The shape of the service's statistics, shared by the CMS that computes them (from the case record,
 * never from the current state), the desk that charts them and the site that publishes them. One
 * definition so that the three cannot drift.
 *
 * Conventions: a period is [from, to) in Stockholm dates (YYYY-MM-DD); a week is named by its Monday
 * (ISO week), a month by YYYY-MM. Time to answer is measured in working hours (Swedish working days,
 * the office hours in config) from receipt to the first publication; a case published, unpublished
 * and published again counts once, at its first publication. `withinPromise` is the share (0–1) of
 * the answered cases whose first publication came before their due time (config.answerPromise).
 */
import type { RejectionReason } from './stages.ts';

/** No published figure may describe fewer people than this; below it the site writes "färre än 5". */
export const SUPPRESSION_THRESHOLD = 5;

export interface Outcomes {
  received: number;
  /** first publications in the period */
  answered: number;
  rejected: Partial<Record<RejectionReason, number>>;
  rejectedTotal: number;
  /** open at the end of the period (or week): received, not yet published or rejected */
  open: number;
}

export interface AnswerTimes {
  /** working hours, receipt → first publication; null when nothing was answered */
  medianHours: number | null;
  p90Hours: number | null;
  withinPromise: number | null;
}

export type Figures = Outcomes & AnswerTimes;

export interface WeekFigures extends Figures {
  /** the Monday of the ISO week, YYYY-MM-DD */
  week: string;
}

export interface TopicFigures extends Figures {
  /** the topic's slug, or null for cases without a topic */
  topic: string | null;
  name: string;
}

/** GET /desk/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD (and …/statistics.csv, the same rows). */
export interface DeskStatistics {
  period: { from: string; to: string };
  /** the promise, in working hours, for the chart's promise line */
  promiseHours: number;
  totals: Figures;
  weeks: WeekFigures[];
  topics: TopicFigures[];
}

/** A published count: null when it is below SUPPRESSION_THRESHOLD (and not 0). */
export type SuppressedCount = number | null;

export interface PublicMonth {
  /** YYYY-MM */
  month: string;
  answered: SuppressedCount;
  /** null when fewer than SUPPRESSION_THRESHOLD answers lie behind it */
  medianHours: number | null;
  withinPromise: number | null;
}

export interface PublicTopic {
  topic: string;
  name: string;
  answered: SuppressedCount;
}

/** What the site publishes on /statistik and in /oppna-data/statistik.json (aggregates only). */
export interface PublicStatistics {
  /** ISO timestamp of the computation */
  generatedAt: string;
  promiseWorkingDays: number;
  months: PublicMonth[];
  topTopics: PublicTopic[];
}

/** Hide a count that could single someone out. */
export function suppress(count: number): SuppressedCount {
  return count > 0 && count < SUPPRESSION_THRESHOLD ? null : count;
}
