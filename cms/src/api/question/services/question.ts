import { factories } from '@strapi/strapi';
import { reclaimSpace } from '../../../workflow/reclaim-space';
import { purgeRejected } from '../../../workflow/retention';

export default factories.createCoreService('api::question.question', ({ strapi }) => ({
  /** Deletes rejected submissions past the retention period; used by the daily job and `npm run purge`. */
  purgeRejected(now?: Date) {
    return purgeRejected(strapi, now);
  },

  /** Gives the space of deleted rows back, so their text does not stay in the database files. */
  reclaimSpace() {
    return reclaimSpace(strapi);
  },
}));
