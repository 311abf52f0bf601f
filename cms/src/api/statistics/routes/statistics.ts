// The service's public figures for the site's /statistik and open data: read with the site's read token.
export default {
  routes: [{ method: 'GET', path: '/statistics', handler: 'statistics.find', config: {} }],
};
