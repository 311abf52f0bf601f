import { factories } from '@strapi/strapi';
import { reclaimSpace } from '../../../workflow/reclaim-space';
import { purgeRejected, thinCaseRecord } from '../../../workflow/retention';

export default factories.createCoreService('api::question.question', ({ strapi }) => ({
  /** Deletes rejected submissions past the retention period; used by the daily job and `npm run purge`. */
  purgeRejected(now?: Date) {
    return purgeRejected(strapi, now);
  },

  /** Thins the case record past retention.logMonths; used by the daily job and `npm run purge`. */
  thinCaseRecord(now?: Date) {
    return thinCaseRecord(strapi, now);
  },

  /** Gives the space of deleted rows back, so their text does not stay in the database files. */
  reclaimSpace() {
    return reclaimSpace(strapi);
  },
}));
