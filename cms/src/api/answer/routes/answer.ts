import { factories } from '@strapi/strapi';

// Read-only on the content API; editors write through the admin.
export default factories.createCoreRouter('api::answer.answer', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::answer.answer' } }] },
    findOne: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::answer.answer', single: true } }] },
  },
});
