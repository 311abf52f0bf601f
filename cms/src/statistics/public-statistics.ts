import type { Core } from '@strapi/strapi';
import { SUPPRESSION_THRESHOLD, suppress, type PublicMonth, type PublicStatistics } from '@frageladan/config/domain/statistics';
import serviceConfig from '../service-config';
import { caseTimelines, topicList } from './case-timelines';
import { figures, figuresPerWindow } from './figures';
import { measure } from './measure';
import { addMonths, stockholmDate, stockholmInstant } from './stockholm-time';

/** How many topics the site lists, most answered first. */
export const TOP_TOPICS = 5;

/**
 * What the site may publish: answers per month for the last twelve full months and the current
 * one, and the most answered topics. Aggregates only, and no figure that fewer than
 * SUPPRESSION_THRESHOLD cases lie behind, so that nobody can be singled out.
 */
export async function publicStatistics(strapi: Core.Strapi, now = Date.now()): Promise<PublicStatistics> {
  const thisMonth = addMonths(stockholmDate(now), 0);
  const first = addMonths(thisMonth, -12);
  const start = stockholmInstant(first);
  const end = stockholmInstant(addMonths(thisMonth, 1));
  const [timelines, topics] = await Promise.all([caseTimelines(strapi, start, end), topicList(strapi)]);
  const cases = measure(timelines);

  const firstDays: string[] = [];
  for (let month = first; month <= thisMonth; month = addMonths(month, 1)) firstDays.push(month);
  const bounds = [...firstDays.map((month) => stockholmInstant(month)), end];
  const months: PublicMonth[] = figuresPerWindow(cases, bounds).map((f, i) => {
    const enough = f.answered >= SUPPRESSION_THRESHOLD;
    return {
      month: firstDays[i].slice(0, 7),
      answered: suppress(f.answered),
      medianHours: enough ? f.medianHours : null,
      withinPromise: enough ? f.withinPromise : null,
    };
  });

  const topTopics = topics
    .filter((topic) => topic.published)
    .map((topic) => ({ topic, answered: figures(cases.filter((c) => c.topic === topic.id), start, end).answered }))
    .filter((entry) => entry.answered > 0)
    .sort((a, b) => b.answered - a.answered || a.topic.name.localeCompare(b.topic.name, 'sv'))
    .slice(0, TOP_TOPICS)
    .map(({ topic, answered }) => ({ topic: topic.slug, name: topic.name, answered: suppress(answered) }));

  return {
    generatedAt: new Date(now).toISOString(),
    promiseWorkingDays: serviceConfig.answerPromise.workingDays,
    months,
    topTopics,
  };
}
