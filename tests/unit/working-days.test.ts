import { describe, expect, it } from 'vitest';
import { addWorkingDays, isSwedishWorkingDay } from '../../cms/src/workflow/working-days';

const at = (iso: string) => new Date(iso);

describe('Swedish working days', () => {
  it('counts Monday to Friday', () => {
    // Tuesday 10 November 2026, 10:00 in Stockholm
    expect(addWorkingDays(at('2026-11-10T09:00:00Z'), 2).toISOString()).toBe('2026-11-12T09:00:00.000Z');
  });

  it('skips the weekend: Friday afternoon is due on Tuesday', () => {
    expect(addWorkingDays(at('2026-11-13T14:00:00Z'), 2).toISOString()).toBe('2026-11-17T14:00:00.000Z');
  });

  it('skips Easter: Maundy Thursday is due on the Wednesday after Easter Monday', () => {
    // 2026: långfredag 3 April, annandag påsk 6 April
    expect(addWorkingDays(at('2026-04-02T08:00:00Z'), 2).toISOString()).toBe('2026-04-08T08:00:00.000Z');
  });

  it('skips midsommarafton, julafton, juldagen, annandag jul and nyårsafton', () => {
    expect(isSwedishWorkingDay(at('2026-06-19T10:00:00Z'))).toBe(false);
    expect(isSwedishWorkingDay(at('2026-12-24T10:00:00Z'))).toBe(false);
    expect(isSwedishWorkingDay(at('2026-12-31T10:00:00Z'))).toBe(false);
    // Wednesday 23 December 2026 -> Monday 28 December is the first working day, then Tuesday 29.
    expect(addWorkingDays(at('2026-12-23T10:00:00Z'), 2).toISOString()).toBe('2026-12-29T10:00:00.000Z');
  });

  it('skips movable holidays: Kristi himmelsfärd and nationaldagen on a weekday', () => {
    expect(isSwedishWorkingDay(at('2026-05-14T10:00:00Z'))).toBe(false);
    expect(isSwedishWorkingDay(at('2027-06-07T10:00:00Z'))).toBe(true); // Monday after nationaldagen on a Sunday
    expect(isSwedishWorkingDay(at('2025-06-06T10:00:00Z'))).toBe(false); // Friday
  });

  it('treats ordinary days, and days that are not holidays in working life, as working days', () => {
    expect(isSwedishWorkingDay(at('2026-11-23T10:00:00Z'))).toBe(true);
    expect(isSwedishWorkingDay(at('2026-04-30T10:00:00Z'))).toBe(true); // valborgsmässoafton
    expect(isSwedishWorkingDay(at('2026-11-21T10:00:00Z'))).toBe(false); // Saturday
  });

  it('uses the date in Stockholm, not in UTC, near midnight', () => {
    // 23:30 UTC on Friday 13 November is 00:30 on Saturday in Stockholm.
    expect(isSwedishWorkingDay(at('2026-11-13T23:30:00Z'))).toBe(false);
  });
});
