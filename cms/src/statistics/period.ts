import { errors } from '@strapi/utils';
import { messages } from '../messages';
import { isCalendarDate } from '@frageladan/config/domain/due';

/** A statistics period [from, to) in Stockholm dates, as the desk asks for it. */
export interface Period {
  from: string;
  to: string;
}

export const MAX_PERIOD_YEARS = 5;

/**
 * The years a period may lie in. The calendar code (time zones, holidays, ISO weeks) is only right
 * for the Gregorian years a service can have run in; a period in year 0 once ran the CMS out of
 * memory and one near 9999 walked past the last date JavaScript writes as YYYY-MM-DD.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** The period from a query string, or a Swedish 400 that says what is wrong with it. */
export function parsePeriod(query: unknown): Period {
  const { from, to } = (query ?? {}) as Record<string, unknown>;
  if (typeof from !== 'string' || typeof to !== 'string' || !isCalendarDate(from) || !isCalendarDate(to)) {
    throw new errors.ValidationError(messages.statistics.badDates);
  }
  if (from < `${FIRST_YEAR}-01-01` || to > `${LAST_YEAR}-12-31`) {
    throw new errors.ValidationError(messages.statistics.outOfRange(FIRST_YEAR, LAST_YEAR));
  }
  if (from >= to) throw new errors.ValidationError(messages.statistics.endBeforeStart);
  // Compared as text: the same day and month MAX_PERIOD_YEARS later is the longest allowed end.
  if (to > `${Number(from.slice(0, 4)) + MAX_PERIOD_YEARS}${from.slice(4)}`) {
    throw new errors.ValidationError(messages.statistics.tooLong(MAX_PERIOD_YEARS));
  }
  return { from, to };
}
