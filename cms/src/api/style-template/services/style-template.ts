import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::style-template.style-template');
