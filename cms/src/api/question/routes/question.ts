import { factories } from '@strapi/strapi';

// Published questions can be read; new ones can only be created (the site's submissions).
export default factories.createCoreRouter('api::question.question', {
  only: ['find', 'findOne', 'create'],
  config: {
    find: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::question.question' } }] },
    findOne: {
      middlewares: [{ name: 'global::public-read', config: { uid: 'api::question.question', single: true } }],
    },
  },
});
