import { factories } from '@strapi/strapi';
import { purgeRejected } from '../../../workflow/retention';

export default factories.createCoreService('api::question.question', ({ strapi }) => ({
  /** Deletes rejected submissions past the retention period; used by the daily job and `npm run purge`. */
  purgeRejected(now?: Date) {
    return purgeRejected(strapi, now);
  },
}));
