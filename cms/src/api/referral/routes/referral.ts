import { factories } from '@strapi/strapi';

// Read-only on the content API; editors write through the admin.
export default factories.createCoreRouter('api::referral.referral', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::referral.referral' } }] },
    findOne: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::referral.referral', single: true } }] },
  },
});
