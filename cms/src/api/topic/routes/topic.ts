import { factories } from '@strapi/strapi';

// Read-only on the content API; editors write through the admin.
export default factories.createCoreRouter('api::topic.topic', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::topic.topic' } }] },
    findOne: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::topic.topic', single: true } }] },
  },
});
