import serviceConfig from '../service-config';
import type { CaseTimeline } from './case-timelines';
import type { MeasuredCase } from './figures';
import { dueTime, workingHoursBetween } from './working-hours';

/** Each answered case's time to answer in working hours, and whether its first publication kept the promise. */
export function measure(timelines: readonly CaseTimeline[], workingDays = serviceConfig.answerPromise.workingDays): MeasuredCase[] {
  return timelines.map((timeline) => {
    const { receivedAt, publishedAt } = timeline;
    if (receivedAt === null || publishedAt === null) return { ...timeline, hours: null, withinPromise: null };
    return {
      ...timeline,
      hours: workingHoursBetween(receivedAt, publishedAt),
      withinPromise: publishedAt <= dueTime(receivedAt, workingDays),
    };
  });
}
