import type { Core } from '@strapi/strapi';
import type { DeskStatistics } from '@frageladan/config/domain/statistics';
import { csvFileName, statisticsCsv } from '../../../../../statistics/csv';
import { deskStatistics } from '../../../../../statistics/desk-statistics';
import type { Period } from '../../../../../statistics/period';

/** Statistik: the figures are computed in src/statistics from the case record; the desk only serves them. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forPeriod(period: Period): Promise<DeskStatistics> {
    return deskStatistics(strapi, period);
  },

  async csv(period: Period): Promise<{ fileName: string; text: string }> {
    const statistics = await deskStatistics(strapi, period);
    return { fileName: csvFileName(statistics), text: statisticsCsv(statistics) };
  },
});
