import { factories } from '@strapi/strapi';

// The case record has no routes: nothing outside the CMS's own code reads or writes it.
export default factories.createCoreService('api::case-event.case-event');
