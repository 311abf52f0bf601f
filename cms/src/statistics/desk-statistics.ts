import type { Core } from '@strapi/strapi';
import type { DeskStatistics, TopicFigures, WeekFigures } from '@frageladan/config/domain/statistics';
import serviceConfig from '../service-config';
import { messages } from '../messages';
import { caseTimelines, topicList } from './case-timelines';
import { figures, figuresPerWindow, type MeasuredCase } from './figures';
import { measure } from './measure';
import type { Period } from './period';
import { addDays, mondayOf, stockholmInstant } from './stockholm-time';
import { hoursPerDay } from './working-hours';

/** The desk's Statistik for a period: totals, each ISO week that touches it, and each topic. */
export async function deskStatistics(strapi: Core.Strapi, period: Period): Promise<DeskStatistics> {
  const start = stockholmInstant(period.from);
  const end = stockholmInstant(period.to);
  const [timelines, topics] = await Promise.all([caseTimelines(strapi, start, end), topicList(strapi)]);
  const cases = measure(timelines);

  const mondays: string[] = [];
  for (let monday = mondayOf(period.from); monday < period.to; monday = addDays(monday, 7)) mondays.push(monday);
  // The first and last weeks are cut to the period.
  const bounds = [start, ...mondays.slice(1).map((monday) => stockholmInstant(monday)), end];
  const weeks: WeekFigures[] = figuresPerWindow(cases, bounds).map((f, i) => ({ week: mondays[i], ...f }));

  const known = new Set(topics.map((topic) => topic.id));
  const byTopic = new Map<string | null, MeasuredCase[]>();
  for (const c of cases) {
    const key = c.topic !== null && known.has(c.topic) ? c.topic : null;
    const group = byTopic.get(key);
    if (group) group.push(c);
    else byTopic.set(key, [c]);
  }
  const perTopic: TopicFigures[] = topics.map((topic) => ({
    topic: topic.slug,
    name: topic.name,
    ...figures(byTopic.get(topic.id) ?? [], start, end),
  }));
  const untopical = figures(byTopic.get(null) ?? [], start, end);
  if (untopical.received || untopical.answered || untopical.rejectedTotal || untopical.open) {
    perTopic.push({ topic: null, name: messages.statistics.noTopic, ...untopical });
  }

  return {
    period: { from: period.from, to: period.to },
    promiseHours: serviceConfig.answerPromise.workingDays * hoursPerDay(),
    totals: figures(cases, start, end),
    weeks,
    topics: perTopic,
  };
}
